import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { openListsDb } from '@/lib/lists/db';
import { ListsService } from '@/lib/lists/service';
import { packEntries, slicePacked } from '@/lib/lists/packed';
import { storeFeedList } from '@/lib/lists/store';
import type { FeedList } from '@/lib/lists/types';
import { bundled, entry, uniqueDbName } from '../fixtures';

function service(dbName: string, read: () => Promise<unknown>): ListsService {
  return new ListsService({ dbName, readBundledFeed: read });
}

async function storedRecord(dbName: string, feedId: string) {
  const db = await openListsDb(dbName);
  try {
    return await db.get('feeds', feedId);
  } finally {
    db.close();
  }
}

function newer(version: number): FeedList {
  const list = bundled();
  return { ...list, version, entries: [entry('+19995550100', 'norbury')] };
}

describe('ListsService', () => {
  test('loads the bundled feed on first start', async () => {
    const dbName = uniqueDbName();
    const lists = service(dbName, async () => bundled());
    const found = await lists.lookup(['+12025550143', '+12025550144']);
    expect(found.get('+12025550143')).toMatchObject([{ feedId: 'hangup-demo', category: 'tech-support', vendor: { id: 'norbury' } }]);
    expect(found.get('+12025550144')).toEqual([]);
    expect((await lists.feeds()).map((feed) => [feed.feedId, feed.count, feed.generation])).toEqual([['hangup-demo', 8, 1]]);
    expect((await lists.vendors()).map((vendor) => vendor.id)).toEqual(['bluegate', 'helixbank', 'kestrelpay', 'norbury']);
    expect(await storedRecord(dbName, 'hangup-demo')).toMatchObject({ version: 1, generation: 1 });
  });

  test('finds numbers of every length in the bundled feed', async () => {
    const lists = service(uniqueDbName(), async () => bundled());
    const numbers = bundled().entries.map((e) => e.n);
    const found = await lists.lookup(numbers);
    for (const n of numbers) expect(found.get(n), n).toHaveLength(1);
  });

  test('does not store the bundled feed again when the same version is stored', async () => {
    const dbName = uniqueDbName();
    await service(dbName, async () => bundled()).ready;
    const before = await storedRecord(dbName, 'hangup-demo');
    const again = service(dbName, async () => bundled());
    await again.ready;
    expect(await storedRecord(dbName, 'hangup-demo')).toEqual(before);
    expect((await again.lookup(['+12025550143'])).get('+12025550143')).toHaveLength(1);
  });

  test('replaces the stored list when the bundled feed is newer', async () => {
    const dbName = uniqueDbName();
    await service(dbName, async () => bundled()).ready;
    const updated = service(dbName, async () => newer(2));
    const found = await updated.lookup(['+12025550143', '+19995550100']);
    expect(found.get('+12025550143')).toEqual([]);
    expect(found.get('+19995550100')).toHaveLength(1);
    expect(await storedRecord(dbName, 'hangup-demo')).toMatchObject({ version: 2, generation: 2, count: 1 });
  });

  test('keeps a stored list that is newer than the bundled one', async () => {
    const dbName = uniqueDbName();
    const db = await openListsDb(dbName);
    await storeFeedList(db, newer(5));
    db.close();
    const lists = service(dbName, async () => bundled());
    const found = await lists.lookup(['+12025550143', '+19995550100']);
    expect(found.get('+19995550100')).toHaveLength(1);
    expect(found.get('+12025550143')).toEqual([]);
  });

  test('removes chunks left by an interrupted store when it starts', async () => {
    const dbName = uniqueDbName();
    await service(dbName, async () => bundled()).ready;
    const db = await openListsDb(dbName);
    const packed = packEntries([entry('+19995550100', 'norbury')], ['norbury']);
    await db.put('chunks', { feedId: 'hangup-demo', generation: 2, index: 0, ...slicePacked(packed, 0, 1) });
    db.close();

    const lists = service(dbName, async () => bundled());
    expect((await lists.lookup(['+19995550100'])).get('+19995550100')).toEqual([]);
    const after = await openListsDb(dbName);
    expect(await after.getAllKeys('chunks')).toEqual([['hangup-demo', 1, 0]]);
    after.close();
  });

  test('an invalid bundled feed is reported and the stored lists keep serving', async () => {
    const dbName = uniqueDbName();
    await service(dbName, async () => bundled()).ready;
    const broken = { ...bundled(), version: 99, entries: [{ ...entry('+12025550143', 'norbury'), n: '12025550143' }] };
    const lists = service(dbName, async () => broken);
    await lists.ready;
    expect(lists.bundledError).toBe('Bundled feed is invalid: entries.0.n: not an E.164 number');
    expect((await lists.lookup(['+12025550143'])).get('+12025550143')).toHaveLength(1);
  });

  test('a bundled feed that cannot be read is reported, with no list yet', async () => {
    const lists = service(uniqueDbName(), async () => {
      throw new Error('fetch failed');
    });
    await lists.ready;
    expect(lists.bundledError).toBe('fetch failed');
    expect((await lists.lookup(['+12025550143'])).get('+12025550143')).toEqual([]);
  });

  test('lookups wait until the lists are ready', async () => {
    let release!: (feed: unknown) => void;
    const lists = service(uniqueDbName(), () => new Promise((resolve) => (release = resolve)));
    let settled = false;
    const pending = lists.lookup(['+12025550143']).then((found) => {
      settled = true;
      return found;
    });
    // Enough turns for the database to open; the bundled feed is still being read.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
    release(bundled());
    expect((await pending).get('+12025550143')).toHaveLength(1);
  });
});
