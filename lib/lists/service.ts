import { openListsDb, type ListsDb } from './db';
import { keyIdOfBase64 } from './default-feed';
import { parseFeedList } from './feed-schema';
import { LookupIndex } from './lookup-index';
import type { PackedList } from './packed';
import { collectGarbage, loadFeeds, removeFeed, setFeedError, storeFeedList, storePacked, type FeedMeta } from './store';
import type { FeedList, FeedRecord, ListMatch, Subscription, Vendor } from './types';

export interface ListsServiceOptions {
  /** Reads the feed bundled with the extension (checked, or to be validated here). */
  readBundledFeed: () => Promise<unknown>;
  /** The bundled feed's pinned key (base64), recorded in its subscription. */
  bundledKey?: string;
  dbName?: string;
}

/**
 * The lists as the background sees them: IndexedDB behind, an in-memory index
 * in front. `ready` settles once the index can answer; lookups wait for it, so
 * a message that wakes the background is answered from the full list.
 */
export class ListsService {
  readonly index = new LookupIndex();
  readonly ready: Promise<void>;
  /** Why the bundled list could not be stored, if it could not; stored lists keep serving. */
  bundledError: string | undefined;
  private db: ListsDb | undefined;

  constructor(private readonly options: ListsServiceOptions) {
    this.ready = this.start();
  }

  private async start(): Promise<void> {
    const db = await openListsDb(this.options.dbName);
    this.db = db;
    await collectGarbage(db);
    for (const { record, packed } of await loadFeeds(db)) this.index.setFeed(record, packed);
    try {
      await this.ensureBundledFeed();
      this.bundledError = undefined;
    } catch (error) {
      // A broken bundled list must not take down the lists already stored.
      this.bundledError = error instanceof Error ? error.message : String(error);
      console.error('Hangup:', this.bundledError);
    }
  }

  /**
   * Stores the bundled feed when it is missing or newer than the stored copy:
   * on install, after an update, and after the browser wiped extension storage.
   */
  private async ensureBundledFeed(): Promise<void> {
    const parsed = parseFeedList(await this.options.readBundledFeed());
    if (!parsed.ok) throw new Error(`Bundled feed is invalid: ${parsed.error}`);
    const { list } = parsed;
    const db = this.requireDb();
    if (this.options.bundledKey && !(await db.get('subscriptions', list.feedId))) {
      await db.put('subscriptions', {
        feedId: list.feedId,
        label: list.name,
        publicKey: this.options.bundledKey,
        keyId: await keyIdOfBase64(this.options.bundledKey),
        bundled: true,
        addedAt: Date.now(),
        failures: 0,
        nextAttempt: Number.MAX_SAFE_INTEGER,
      });
    }
    const stored = this.index.records().find((record) => record.feedId === list.feedId);
    if (stored && stored.version >= list.version) return;
    const { record, packed } = await storeFeedList(db, list);
    this.index.setFeed(record, packed);
  }

  /** The open database, once ready (for the report outbox, which shares it). */
  async database(): Promise<ListsDb> {
    await this.ready;
    return this.requireDb();
  }

  private requireDb(): ListsDb {
    if (!this.db) throw new Error('Lists database is not open');
    return this.db;
  }

  async lookup(numbers: readonly string[]): Promise<Map<string, ListMatch[]>> {
    await this.ready;
    return new Map(numbers.map((n) => [n, this.index.lookup(n)]));
  }

  async feeds(): Promise<FeedRecord[]> {
    await this.ready;
    return this.index.records();
  }

  async vendors(): Promise<Vendor[]> {
    await this.ready;
    return this.index.vendors();
  }

  async subscriptions(): Promise<Subscription[]> {
    await this.ready;
    return this.requireDb().getAll('subscriptions');
  }

  async subscription(feedId: string): Promise<Subscription | undefined> {
    await this.ready;
    return this.requireDb().get('subscriptions', feedId);
  }

  async putSubscription(subscription: Subscription): Promise<void> {
    await this.ready;
    await this.requireDb().put('subscriptions', subscription);
  }

  /** Forgets a feed: its subscription, its list and its numbers. */
  async unsubscribe(feedId: string): Promise<boolean> {
    await this.ready;
    const db = this.requireDb();
    const existed = Boolean(await db.get('subscriptions', feedId));
    await db.delete('subscriptions', feedId);
    await removeFeed(db, feedId);
    this.index.removeFeed(feedId);
    return existed;
  }

  /** The serving list of a feed, packed, with the vendor ids its indices point into. */
  async packed(feedId: string): Promise<{ list: PackedList; vendorIds: string[] } | undefined> {
    await this.ready;
    const feed = this.index.feed(feedId);
    return feed && { list: feed.list, vendorIds: feed.record.vendors.map((vendor) => vendor.id) };
  }

  /** Stores a checked, packed list and switches lookups to it (see `storeFeedList`). */
  async apply(meta: FeedMeta, list: PackedList): Promise<FeedRecord> {
    await this.ready;
    const { record, packed } = await storePacked(this.requireDb(), meta, list);
    this.index.setFeed(record, packed);
    return record;
  }

  /** Records (or clears) a feed's last sync error; its list keeps serving. */
  async setError(feedId: string, error: string | undefined): Promise<void> {
    await this.ready;
    await setFeedError(this.requireDb(), feedId, error);
    const feed = this.index.feed(feedId);
    if (feed) this.index.setFeed({ ...feed.record, ...(error ? { lastError: error } : { lastError: undefined }) }, feed.list);
  }
}
