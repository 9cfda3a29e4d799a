import type { FeedSummary } from '@/lib/messaging';
import { AddFeedForm } from './AddFeedForm';
import { FeedState, when } from './FeedState';
import { SettingsSections, type SettingsSectionsProps } from './SettingsSections';
import { t, tPlural } from '@/lib/i18n';

export interface OptionsProps {
  feeds: FeedSummary[] | undefined;
  error?: string;
  onAdd: (url: string, fingerprint: string) => Promise<string>;
  onRemove: (feed: FeedSummary) => void;
  onSync: (feed: FeedSummary) => void;
  /** The rest of the settings; the page shows only lists without it. */
  settings?: SettingsSectionsProps;
}

function FeedRow({ feed, onRemove, onSync }: { feed: FeedSummary } & Pick<OptionsProps, 'onRemove' | 'onSync'>) {
  return (
    <li class="feed" data-feed={feed.feedId}>
      <div class="feed-head">
        <strong>{feed.name}</strong>
        <span>{tPlural(feed.count, 'feeds_count_one', 'feeds_count_other')}</span>
      </div>
      <div class="muted">
        {t('options_feed_meta', feed.url ? feed.url : t('options_ships_with'), feed.version, when(feed.updatedAt))}
      </div>
      {feed.keyId && <div class="muted mono">{t('options_key', feed.keyId.slice(0, 16))}</div>}
      <FeedState feed={feed} />
      <div class="actions">
        {feed.url && (
          <button type="button" class="secondary" disabled={feed.syncing} onClick={() => onSync(feed)}>
            {t('options_update_now')}
          </button>
        )}
        {!feed.bundled && (
          <button type="button" class="secondary" onClick={() => onRemove(feed)}>
            {t('common_remove')}
          </button>
        )}
      </div>
    </li>
  );
}

/** The options page: the lists, their health, and adding a vendor's list. */
export function Options({ feeds, error, onAdd, onRemove, onSync, settings }: OptionsProps) {
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <section aria-labelledby="lists-heading">
        <h2 id="lists-heading">{t('lists_heading')}</h2>
        {error && <p class="error" role="alert">{error}</p>}
        {feeds ? (
          <ul class="feeds">
            {feeds.map((feed) => (
              <FeedRow key={feed.feedId} feed={feed} onRemove={onRemove} onSync={onSync} />
            ))}
          </ul>
        ) : (
          !error && <p class="muted">{t('common_loading')}</p>
        )}
      </section>
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">{t('options_add_heading')}</h2>
        <p class="muted">{t('options_add_intro')}</p>
        <AddFeedForm onAdd={onAdd} />
      </section>
      {settings && <SettingsSections {...settings} />}
    </main>
  );
}
