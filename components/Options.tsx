import type { FeedSummary } from '@/lib/messaging';
import { AddFeedForm } from './AddFeedForm';
import { FeedState, when } from './FeedState';
import { SettingsSections, type SettingsSectionsProps } from './SettingsSections';

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
        <span>
          {feed.count.toLocaleString()} {feed.count === 1 ? 'number' : 'numbers'}
        </span>
      </div>
      <div class="muted">
        {feed.url ? feed.url : 'Ships with Hangup'} · version {feed.version} · stored {when(feed.updatedAt)}
      </div>
      {feed.keyId && <div class="muted mono">Key {feed.keyId.slice(0, 16)}…</div>}
      <FeedState feed={feed} />
      <div class="actions">
        {feed.url && (
          <button type="button" class="secondary" disabled={feed.syncing} onClick={() => onSync(feed)}>
            Update now
          </button>
        )}
        {!feed.bundled && (
          <button type="button" class="secondary" onClick={() => onRemove(feed)}>
            Remove
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
      <h1>Hangup settings</h1>
      <section aria-labelledby="lists-heading">
        <h2 id="lists-heading">Your lists</h2>
        {error && <p class="error" role="alert">{error}</p>}
        {feeds ? (
          <ul class="feeds">
            {feeds.map((feed) => (
              <FeedRow key={feed.feedId} feed={feed} onRemove={onRemove} onSync={onSync} />
            ))}
          </ul>
        ) : (
          !error && <p class="muted">Loading…</p>
        )}
      </section>
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">Add a vendor's list</h2>
        <p class="muted">
          Vendors publish signed lists of numbers that impersonate them. Paste the list's address and the key fingerprint from the vendor's own
          website; Hangup only accepts lists signed with that key.
        </p>
        <AddFeedForm onAdd={onAdd} />
      </section>
      {settings && <SettingsSections {...settings} />}
    </main>
  );
}
