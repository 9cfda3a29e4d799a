import type { FeedSummary } from '@/lib/messaging';

export function when(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** One line on a list's health: current, stale, or failing while the last good list serves. */
export function FeedState({ feed }: { feed: FeedSummary }) {
  if (feed.syncing) return <div class="muted">Updating…</div>;
  return (
    <>
      {feed.stale && (
        <div class="warning">
          Out of date{feed.expires ? ` since ${when(Date.parse(feed.expires))}` : ''}: no newer list could be fetched. The last good list is still in use.
        </div>
      )}
      {feed.lastError && (
        <div class="error">
          Last update failed: {feed.lastError}. {feed.count > 0 ? `The previous list (version ${feed.version}) is still in use.` : 'No list is loaded yet.'}
          {feed.nextCheck ? ` Next try ${when(feed.nextCheck)}.` : ''}
        </div>
      )}
      {!feed.stale && !feed.lastError && feed.lastCheck !== undefined && <div class="muted">Checked {when(feed.lastCheck)}</div>}
    </>
  );
}
