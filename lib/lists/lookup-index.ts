import { categoryAt, e164ToKey, findKey, type PackedList } from './packed';
import type { FeedRecord, ListMatch, Vendor } from './types';

export interface LoadedFeed {
  record: FeedRecord;
  list: PackedList;
}

/**
 * The in-memory index that answers lookups. It is rebuilt from IndexedDB when
 * the background wakes, and replaced feed by feed when a list changes.
 */
export class LookupIndex {
  private readonly feeds = new Map<string, LoadedFeed>();

  setFeed(record: FeedRecord, list: PackedList): void {
    this.feeds.set(record.feedId, { record, list });
  }

  removeFeed(feedId: string): void {
    this.feeds.delete(feedId);
  }

  feed(feedId: string): LoadedFeed | undefined {
    return this.feeds.get(feedId);
  }

  records(): FeedRecord[] {
    return [...this.feeds.values()].map((feed) => feed.record);
  }

  /** Every list that holds `e164`. */
  lookup(e164: string): ListMatch[] {
    const key = e164ToKey(e164);
    const matches: ListMatch[] = [];
    for (const { record, list } of this.feeds.values()) {
      const i = findKey(list.numbers, key);
      if (i < 0) continue;
      matches.push({
        feedId: record.feedId,
        feedName: record.name,
        category: categoryAt(list, i),
        vendor: record.vendors[list.vendors[i]!],
      });
    }
    return matches;
  }

  /** Vendors across all feeds, for official-number and impersonation checks. */
  vendors(): Vendor[] {
    return [...this.feeds.values()].flatMap((feed) => feed.record.vendors);
  }

  size(): number {
    let total = 0;
    for (const feed of this.feeds.values()) total += feed.list.numbers.length;
    return total;
  }
}
