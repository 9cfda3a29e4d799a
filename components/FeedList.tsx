import type { FeedSummary } from '@/lib/messaging';
import { FeedState, when } from './FeedState';
import { t, tPlural } from '@/lib/i18n';

/** The lists Hangup checks numbers against. */
export function FeedList({ feeds }: { feeds: FeedSummary[] }) {
  if (feeds.length === 0) return <p class="muted">{t('feeds_none')}</p>;
  return (
    <ul class="feeds">
      {feeds.map((feed) => (
        <li key={feed.feedId} data-feed={feed.feedId}>
          <strong>{feed.name}</strong> — {tPlural(feed.count, 'feeds_count_one', 'feeds_count_other')}
          <div class="muted">
            {t('feeds_version_updated', feed.version, when(feed.updatedAt))}
            {feed.vendors.length > 0 && <> · {feed.vendors.join(', ')}</>}
          </div>
          <FeedState feed={feed} />
        </li>
      ))}
    </ul>
  );
}
