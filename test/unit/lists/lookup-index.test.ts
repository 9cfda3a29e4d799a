import { describe, expect, test } from 'vitest';
import { LookupIndex } from '@/lib/lists/lookup-index';
import { packEntries } from '@/lib/lists/packed';
import type { FeedList, FeedRecord } from '@/lib/lists/types';
import { entry, feed, vendor } from '../fixtures';

function load(index: LookupIndex, list: FeedList): void {
  const record: FeedRecord = { ...list, count: list.entries.length, generation: 1, updatedAt: 0 };
  delete (record as Partial<FeedList>).entries;
  index.setFeed(record, packEntries(list.entries, list.vendors.map((v) => v.id)));
}

const first = feed({
  feedId: 'first',
  name: 'First list',
  vendors: [vendor('acme', { name: 'Acme' }), vendor('zeta', { name: 'Zeta' })],
  entries: [entry('+12025550143', 'zeta', 'refund'), entry('+18885550142', 'acme', 'billing')],
});
const second = feed({ feedId: 'second', name: 'Second list', vendors: [vendor('acme', { name: 'Acme' })], entries: [entry('+12025550143')] });

describe('LookupIndex', () => {
  test('an empty index finds nothing', () => {
    const index = new LookupIndex();
    expect(index.lookup('+12025550143')).toEqual([]);
    expect(index.size()).toBe(0);
    expect(index.records()).toEqual([]);
  });

  test('returns the feed, category and vendor of a listed number', () => {
    const index = new LookupIndex();
    load(index, first);
    expect(index.lookup('+12025550143')).toEqual([{ feedId: 'first', feedName: 'First list', category: 'refund', vendor: first.vendors[1] }]);
    expect(index.lookup('+18885550142')).toMatchObject([{ category: 'billing', vendor: { name: 'Acme' } }]);
    expect(index.lookup('+18885550143')).toEqual([]);
  });

  test('reports every feed that lists a number', () => {
    const index = new LookupIndex();
    load(index, first);
    load(index, second);
    expect(index.lookup('+12025550143').map((match) => match.feedId)).toEqual(['first', 'second']);
    expect(index.size()).toBe(3);
    expect(index.vendors().map((v) => v.id)).toEqual(['acme', 'zeta', 'acme']);
  });

  test('setFeed replaces a feed and removeFeed drops it', () => {
    const index = new LookupIndex();
    load(index, first);
    load(index, { ...first, entries: [entry('+15555550100')], vendors: [vendor('acme')] });
    expect(index.lookup('+12025550143')).toEqual([]);
    expect(index.lookup('+15555550100')).toHaveLength(1);
    expect(index.records()).toHaveLength(1);
    index.removeFeed('first');
    expect(index.lookup('+15555550100')).toEqual([]);
    expect(index.records()).toEqual([]);
  });
});
