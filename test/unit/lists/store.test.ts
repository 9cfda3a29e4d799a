import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { openListsDb, type ListsDb } from '@/lib/lists/db';
import { e164ToKey, findKey, packEntries, slicePacked } from '@/lib/lists/packed';
import { CHUNK_SIZE, collectGarbage, loadFeeds, removeFeed, setFeedError, storeFeedList } from '@/lib/lists/store';
import { entry, feed, generatedEntries, uniqueDbName } from '../fixtures';

const opened: ListsDb[] = [];
async function open(): Promise<ListsDb> {
  const db = await openListsDb(uniqueDbName());
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function chunkKeys(db: ListsDb): Promise<Array<[string, number, number]>> {
  return db.getAllKeys('chunks');
}

describe('storeFeedList and loadFeeds', () => {
  test('a stored list loads back with the same numbers and record', async () => {
    const db = await open();
    const list = feed();
    const { record, packed } = await storeFeedList(db, list, 1234);
    expect(record).toEqual({ feedId: 'test-feed', name: 'Test list', version: 1, issuedAt: list.issuedAt, vendors: list.vendors, count: 2, generation: 1, updatedAt: 1234 });
    const [loaded, ...rest] = await loadFeeds(db);
    expect(rest).toEqual([]);
    expect(loaded?.record).toEqual(record);
    expect(loaded?.packed.numbers).toEqual(packed.numbers);
    expect([...(loaded?.packed.numbers ?? [])]).toEqual([12025550143, 18885550142]);
  });

  test('an empty list stores one empty chunk and loads as empty', async () => {
    const db = await open();
    await storeFeedList(db, feed({ entries: [] }));
    expect(await chunkKeys(db)).toEqual([['test-feed', 1, 0]]);
    const [loaded] = await loadFeeds(db);
    expect(loaded?.record.count).toBe(0);
    expect(loaded?.packed.numbers.length).toBe(0);
  });

  test(`a list of 25,000 numbers is written in chunks of ${CHUNK_SIZE} and loads in order`, async () => {
    const db = await open();
    const entries = generatedEntries(25_000);
    await storeFeedList(db, feed({ entries }));
    expect(await chunkKeys(db)).toEqual([
      ['test-feed', 1, 0],
      ['test-feed', 1, 1],
      ['test-feed', 1, 2],
    ]);
    const [loaded] = await loadFeeds(db);
    const numbers = loaded!.packed.numbers;
    expect(numbers.length).toBe(25_000);
    for (const i of [0, 9_999, 10_000, 19_999, 20_000, 24_999]) {
      expect(findKey(numbers, e164ToKey(entries[i]!.n)), entries[i]!.n).toBe(i);
    }
  });

  test('a new version switches generation and deletes the old one', async () => {
    const db = await open();
    await storeFeedList(db, feed({ entries: generatedEntries(15_000) }));
    const { record } = await storeFeedList(db, feed({ version: 2, entries: [entry('+14155550199')] }));
    expect(record.generation).toBe(2);
    expect(await chunkKeys(db)).toEqual([['test-feed', 2, 0]]);
    const [loaded] = await loadFeeds(db);
    expect(loaded?.record.version).toBe(2);
    expect([...(loaded?.packed.numbers ?? [])]).toEqual([14155550199]);
  });

  test('feeds are stored side by side', async () => {
    const db = await open();
    await storeFeedList(db, feed({ feedId: 'a' }));
    await storeFeedList(db, feed({ feedId: 'b', entries: [entry('+14155550199')] }));
    const loaded = await loadFeeds(db);
    expect(loaded.map((feedData) => [feedData.record.feedId, feedData.packed.numbers.length])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
});

describe('a store killed half-way', () => {
  /** Writes chunks of the next generation as an interrupted `storeFeedList` would, without the switch. */
  async function writeOrphanChunks(db: ListsDb, generation: number, count: number): Promise<void> {
    const packed = packEntries([entry('+19995550100')], ['acme']);
    for (let index = 0; index < count; index++) await db.put('chunks', { feedId: 'test-feed', generation, index, ...slicePacked(packed, 0, 1) });
  }

  test('leaves the old list serving, and garbage collection removes the leftovers', async () => {
    const db = await open();
    await storeFeedList(db, feed());
    await writeOrphanChunks(db, 2, 2);

    const [loaded] = await loadFeeds(db);
    expect(loaded?.record.generation).toBe(1);
    expect([...(loaded?.packed.numbers ?? [])]).toEqual([12025550143, 18885550142]);

    expect(await collectGarbage(db)).toBe(2);
    expect(await chunkKeys(db)).toEqual([['test-feed', 1, 0]]);
    expect(await collectGarbage(db)).toBe(0);
  });

  test('the next store overwrites leftovers of the generation it reuses', async () => {
    const db = await open();
    await storeFeedList(db, feed());
    await writeOrphanChunks(db, 2, 3);
    await storeFeedList(db, feed({ version: 2, entries: [entry('+14155550199')] }));
    expect(await chunkKeys(db)).toEqual([['test-feed', 2, 0]]);
    const [loaded] = await loadFeeds(db);
    expect([...(loaded?.packed.numbers ?? [])]).toEqual([14155550199]);
  });

  test('chunks of a generation left after the switch are collected', async () => {
    const db = await open();
    await storeFeedList(db, feed());
    await storeFeedList(db, feed({ version: 2 }));
    await writeOrphanChunks(db, 1, 1);
    expect(await collectGarbage(db)).toBe(1);
    expect(await chunkKeys(db)).toEqual([['test-feed', 2, 0]]);
  });

  test('chunks of a feed with no record are collected', async () => {
    const db = await open();
    await writeOrphanChunks(db, 1, 2);
    expect(await loadFeeds(db)).toEqual([]);
    expect(await collectGarbage(db)).toBe(2);
    expect(await chunkKeys(db)).toEqual([]);
  });
});

describe('removeFeed and setFeedError', () => {
  test('removeFeed deletes the record and every chunk of that feed only', async () => {
    const db = await open();
    await storeFeedList(db, feed({ feedId: 'a', entries: generatedEntries(12_000) }));
    await storeFeedList(db, feed({ feedId: 'b' }));
    await removeFeed(db, 'a');
    expect((await loadFeeds(db)).map((loaded) => loaded.record.feedId)).toEqual(['b']);
    expect(await chunkKeys(db)).toEqual([['b', 1, 0]]);
  });

  test('removing an unknown feed is harmless', async () => {
    const db = await open();
    await storeFeedList(db, feed());
    await removeFeed(db, 'nope');
    expect(await loadFeeds(db)).toHaveLength(1);
  });

  test('setFeedError records and clears the last error without touching the list', async () => {
    const db = await open();
    await storeFeedList(db, feed());
    await setFeedError(db, 'test-feed', 'signature does not verify');
    expect((await db.get('feeds', 'test-feed'))?.lastError).toBe('signature does not verify');
    expect((await loadFeeds(db))[0]?.packed.numbers.length).toBe(2);
    await setFeedError(db, 'test-feed', undefined);
    expect((await db.get('feeds', 'test-feed'))?.lastError).toBeUndefined();
    await setFeedError(db, 'unknown', 'x');
    expect(await db.get('feeds', 'unknown')).toBeUndefined();
  });
});
