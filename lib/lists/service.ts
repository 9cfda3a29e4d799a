import { openListsDb, type ListsDb } from './db';
import { parseFeedList } from './feed-schema';
import { LookupIndex } from './lookup-index';
import { collectGarbage, loadFeeds, storeFeedList } from './store';
import type { FeedRecord, ListMatch, Vendor } from './types';

export interface ListsServiceOptions {
  /** Reads the feed bundled with the extension (already JSON-parsed). */
  readBundledFeed: () => Promise<unknown>;
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
    const stored = this.index.records().find((record) => record.feedId === parsed.list.feedId);
    if (stored && stored.version >= parsed.list.version) return;
    const { record, packed } = await storeFeedList(this.requireDb(), parsed.list);
    this.index.setFeed(record, packed);
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
}
