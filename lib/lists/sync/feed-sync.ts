import { t, type MessageKey } from '../../i18n';
import { keyIdOf } from '../feed/envelope';
import { checkHead, MAX_HEAD_BYTES } from '../feed/head';
import type { ListsService } from '../service';
import type { FeedRecord, Subscription } from '../types';
import { fromBase64, toBase64 } from '../feed/bytes';
import { normaliseFingerprint } from './fingerprint';
import { pollDelay, retryDelay } from '../../backoff';
import { fetchCapped, FeedFetchError, type Fetched } from './fetch-capped';
import { fetchUpdate, type UpdateResult } from './fetch-update';
import { Floors, maxFloor } from './floors';
import { checkFeedUrl, feedBase, fileUrl } from './url-policy';

export interface FeedSyncOptions {
  lists: ListsService;
  floors: Floors;
  fetch?: typeof fetch;
  now?: () => number;
  /** Per-file download limit, in ms. */
  timeoutMs?: number;
}

export type SyncOutcome = 'updated' | 'unchanged' | 'failed' | 'skipped';

/**
 * Keeps subscribed feeds current: one sync per feed at a time (a second
 * request joins the one running), results applied atomically, failures backed
 * off while the last good list keeps serving.
 */
export class FeedSync {
  private readonly running = new Map<string, Promise<SyncOutcome>>();
  /** Feeds being removed: no sync of them starts until the removal is done. */
  private readonly removing = new Set<string>();
  private readonly now: () => number;

  constructor(private readonly options: FeedSyncOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Feed ids with a sync under way. */
  busy(): Set<string> {
    return new Set(this.running.keys());
  }

  private fetchFile = (url: string, options: { maxBytes: number; etag?: string }): Promise<Fetched> =>
    fetchCapped(url, {
      ...options,
      timeoutMs: this.options.timeoutMs ?? 60_000,
      now: this.now,
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    });

  /** Syncs every feed whose next check is due. */
  async syncDue(): Promise<void> {
    const due = (await this.options.lists.subscriptions()).filter((sub) => sub.url && sub.nextAttempt <= this.now());
    for (const sub of due) await this.sync(sub.feedId);
  }

  /** Earliest next check over all feeds with a source, for scheduling. */
  async nextDue(): Promise<number | undefined> {
    const times = (await this.options.lists.subscriptions()).filter((sub) => sub.url).map((sub) => sub.nextAttempt);
    return times.length ? Math.min(...times) : undefined;
  }

  sync(feedId: string): Promise<SyncOutcome> {
    const current = this.running.get(feedId);
    if (current) return current;
    if (this.removing.has(feedId)) return Promise.resolve('skipped');
    const run = this.run(feedId).finally(() => this.running.delete(feedId));
    this.running.set(feedId, run);
    return run;
  }

  /**
   * Removes a subscription and its numbers once any sync of it under way has
   * ended (a sync that ended after the removal wrote the subscription back and
   * applied its list again); no sync of it starts meanwhile.
   */
  async remove(feedId: string): Promise<boolean> {
    this.removing.add(feedId);
    try {
      await this.running.get(feedId)?.catch(() => undefined);
      return await this.options.lists.unsubscribe(feedId);
    } finally {
      this.removing.delete(feedId);
    }
  }

  private async run(feedId: string): Promise<SyncOutcome> {
    const { lists, floors } = this.options;
    const sub = await lists.subscription(feedId);
    if (!sub?.url) return 'skipped';
    const record = lists.index.feed(feedId)?.record;
    const started = this.now();
    const result = await fetchUpdate(sub, {
      fetchFile: this.fetchFile,
      now: this.now,
      floor: maxFloor(await floors.get(feedId), floorOf(record)),
      record,
      currentList: () => lists.packed(feedId),
    });
    return this.record(sub, result, started);
  }

  private async record(sub: Subscription, result: UpdateResult, started: number): Promise<SyncOutcome> {
    const { lists, floors } = this.options;
    const done = this.now();
    if (result.kind === 'error') {
      const failures = sub.failures + 1;
      const message = describeError(result);
      await lists.putSubscription({
        ...sub,
        lastAttempt: started,
        failures,
        nextAttempt: done + retryDelay(failures, result.retryAfterMs),
        lastError: message,
      });
      await lists.setError(sub.feedId, message);
      return 'failed';
    }
    const success = { lastAttempt: started, lastSuccess: done, failures: 0, lastError: undefined };
    if (result.kind === 'unchanged') {
      await lists.putSubscription({ ...sub, ...success, ...(result.etag ? { etag: result.etag } : {}), nextAttempt: done + pollDelay(sub.pollSeconds) });
      await lists.setError(sub.feedId, undefined);
      return 'unchanged';
    }
    const { head } = result;
    try {
      await lists.apply(
        {
          feedId: head.feedId,
          name: sub.label,
          version: head.version,
          issuedAt: head.issuedAt,
          vendors: head.vendors,
          listVersion: head.list.version,
          checksum: result.checksum,
          expires: head.expires,
        },
        result.list,
      );
    } catch (error) {
      // Storage full or failing: the old generation is intact and keeps serving.
      const failed = { kind: 'error', code: 'storage', message: t('sync_store_failed', error instanceof Error ? error.message : String(error)), retryAfterMs: 0 } as const;
      return this.record(sub, failed, started);
    }
    // Only after the switch: a sync cut short before it must be able to apply the same head again.
    await floors.raise(sub.feedId, { version: head.version, listVersion: head.list.version });
    await lists.putSubscription({
      ...sub,
      ...success,
      ...(result.etag ? { etag: result.etag } : {}),
      ...(result.rotatedKey ? { publicKey: result.rotatedKey.publicKey, keyId: result.rotatedKey.keyId } : {}),
      pollSeconds: head.poll.seconds,
      nextAttempt: done + pollDelay(head.poll.seconds),
    });
    return 'updated';
  }

  /**
   * Subscribes to a feed by the address of its folder (or its head.json) and
   * the fingerprint of its key, after its first list has checked out. Nothing
   * is kept if anything fails.
   */
  async subscribe(address: string, fingerprintInput: string): Promise<FeedRecord> {
    const checked = checkFeedUrl(address);
    if (!checked.ok) throw new Error(checked.error);
    const fingerprint = normaliseFingerprint(fingerprintInput);
    if (!fingerprint) throw new Error(t('sync_fingerprint_invalid'));
    const base = feedBase(checked.url).href;

    const keyFile = await this.fetchOrExplain(fileUrl(base, 'key.json'), 64 * 1024);
    const publicKey = parseKeyFile(keyFile);
    if (!publicKey || (await keyIdOf(publicKey)) !== fingerprint) {
      throw new Error(t('sync_key_mismatch'));
    }
    const headBytes = await this.fetchOrExplain(fileUrl(base, 'head.json'), MAX_HEAD_BYTES);
    const feedId = peekFeedId(headBytes);
    if (!feedId) throw new Error(t('sync_not_a_list'));
    if (await this.options.lists.subscription(feedId)) throw new Error(t('sync_already_have', feedId));
    const head = await checkHead(headBytes, { feedId, publicKey, floor: await this.options.floors.get(feedId), now: this.now() });
    if (!head.ok) throw new Error(t('sync_refused', head.error));

    const vendorName = head.head.vendors.length === 1 ? head.head.vendors[0]!.name : feedId;
    await this.options.lists.putSubscription({
      feedId,
      label: t('sync_feed_label', vendorName),
      url: base,
      publicKey: toBase64(publicKey),
      keyId: fingerprint,
      bundled: false,
      addedAt: this.now(),
      failures: 0,
      nextAttempt: this.now(),
    });
    const outcome = await this.sync(feedId);
    const record = this.options.lists.index.feed(feedId)?.record;
    if (outcome !== 'updated' || !record) {
      const sub = await this.options.lists.subscription(feedId);
      await this.options.lists.unsubscribe(feedId);
      throw new Error(t('sync_load_failed', sub?.lastError ?? outcome));
    }
    return record;
  }

  private async fetchOrExplain(url: string, maxBytes: number): Promise<Uint8Array> {
    try {
      const fetched = await this.fetchFile(url, { maxBytes });
      return fetched.bytes;
    } catch (error) {
      throw new Error(error instanceof FeedFetchError ? error.message : t('sync_fetch_failed', url));
    }
  }
}

function floorOf(record: FeedRecord | undefined) {
  return record?.listVersion !== undefined ? { version: record.version, listVersion: record.listVersion } : undefined;
}

const ERROR_WORDS: Record<string, MessageKey> = {
  'bad-signature': 'sync_error_bad_signature',
  rollback: 'sync_error_rollback',
  expired: 'sync_error_expired',
  future: 'sync_error_future',
  'wrong-feed': 'sync_error_wrong_feed',
  'too-large': 'sync_error_too_large',
  'not-json': 'sync_error_not_json',
  timeout: 'sync_error_timeout',
  network: 'sync_error_network',
  'bad-checksum': 'sync_error_bad_checksum',
};

/** Plain words first, the technical detail after in brackets. */
function describeError(result: Extract<UpdateResult, { kind: 'error' }>): string {
  const key = Object.hasOwn(ERROR_WORDS, result.code) ? ERROR_WORDS[result.code] : undefined;
  const words = key ? t(key) : result.code.startsWith('http-') ? t('sync_error_http', result.code.slice(5)) : undefined;
  return words ? `${words} (${result.message})` : result.message;
}

function parseKeyFile(bytes: Uint8Array): Uint8Array | undefined {
  try {
    const parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as { publicKey?: unknown };
    const key = typeof parsed.publicKey === 'string' ? fromBase64(parsed.publicKey) : undefined;
    return key?.length === 32 ? key : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the feed id from an unverified head, only to know which feed to check it as. */
function peekFeedId(bytes: Uint8Array): string | undefined {
  try {
    const envelope = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as { payload?: unknown };
    if (typeof envelope.payload !== 'string') return undefined;
    const payload = JSON.parse(new TextDecoder().decode(fromBase64(envelope.payload))) as { feedId?: unknown };
    return typeof payload.feedId === 'string' && /^[a-z0-9][a-z0-9._-]{0,63}$/.test(payload.feedId) ? payload.feedId : undefined;
  } catch {
    return undefined;
  }
}
