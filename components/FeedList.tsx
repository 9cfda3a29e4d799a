import type { FeedSummary } from '@/lib/messaging';
import { FeedState, when } from './FeedState';

/** The lists Hangup checks numbers against. */
export function FeedList({ feeds }: { feeds: FeedSummary[] }) {
  if (feeds.length === 0) return <p class="muted">No lists yet.</p>;
  return (
    <ul class="feeds">
      {feeds.map((feed) => (
        <li key={feed.feedId} data-feed={feed.feedId}>
          <strong>{feed.name}</strong> — {feed.count.toLocaleString()} {feed.count === 1 ? 'number' : 'numbers'}
          <div class="muted">
            Version {feed.version}, updated {when(feed.updatedAt)}
            {feed.vendors.length > 0 && <> · {feed.vendors.join(', ')}</>}
          </div>
          <FeedState feed={feed} />
        </li>
      ))}
    </ul>
  );
}
