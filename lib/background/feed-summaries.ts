import type { FeedRecord, Subscription } from '../lists/types';
import type { FeedSummary } from '../messaging';

/**
 * What the popup and options page show per feed: the serving list joined with
 * its subscription's sync state. A feed subscribed but not yet loaded shows
 * with no numbers; a list whose head has expired is stale but still serves.
 */
export function summariseFeeds(records: FeedRecord[], subscriptions: Subscription[], busy: ReadonlySet<string>, now: number): FeedSummary[] {
  const subs = new Map(subscriptions.map((sub) => [sub.feedId, sub]));
  const ids = [...new Set([...records.map((record) => record.feedId), ...subs.keys()])];
  const byId = new Map(records.map((record) => [record.feedId, record]));
  return ids.map((feedId) => {
    const record = byId.get(feedId);
    const sub = subs.get(feedId);
    const lastError = sub?.lastError ?? record?.lastError;
    return {
      feedId,
      name: sub?.label ?? record?.name ?? feedId,
      version: record?.version ?? 0,
      count: record?.count ?? 0,
      updatedAt: record?.updatedAt ?? 0,
      vendors: record?.vendors.map((vendor) => vendor.name) ?? [],
      // A list that only ships with Hangup has no source to refresh from; it is a baseline, not stale.
      stale: Boolean(sub?.url && record?.expires && Date.parse(record.expires) <= now),
      bundled: sub?.bundled ?? false,
      syncing: busy.has(feedId),
      ...(lastError ? { lastError } : {}),
      ...(record?.expires ? { expires: record.expires } : {}),
      ...(sub?.url ? { url: sub.url } : {}),
      ...(sub?.keyId ? { keyId: sub.keyId } : {}),
      ...(sub?.lastSuccess !== undefined ? { lastCheck: sub.lastSuccess } : {}),
      ...(sub?.url ? { nextCheck: sub.nextAttempt } : {}),
    };
  });
}
