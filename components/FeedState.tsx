import { t, uiLocale } from '@/lib/i18n';
import type { FeedSummary } from '@/lib/messaging';

/** A date and time in the language the messages are in, so a German sentence gets a German date. */
export function when(ms: number): string {
  return new Date(ms).toLocaleString(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** One line on a list's health: current, stale, or failing while the last good list serves. */
export function FeedState({ feed }: { feed: FeedSummary }) {
  if (feed.syncing) return <div class="muted">{t('feed_updating')}</div>;
  return (
    <>
      {feed.stale && <div class="warning">{feed.expires ? t('feed_stale_since', when(Date.parse(feed.expires))) : t('feed_stale')}</div>}
      {feed.lastError && (
        <div class="error">
          {[t('feed_failed', feed.lastError), feed.count > 0 ? t('feed_failed_previous', feed.version) : t('feed_failed_none'), ...(feed.nextCheck ? [t('feed_next_try', when(feed.nextCheck))] : [])].join(' ')}
        </div>
      )}
      {!feed.stale && !feed.lastError && feed.lastCheck !== undefined && <div class="muted">{t('feed_checked', when(feed.lastCheck))}</div>}
    </>
  );
}
