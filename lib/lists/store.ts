import type { ListsDb } from './db';
import { concatPacked, packEntries, slicePacked, type PackedList } from './packed';
import type { FeedList, FeedRecord } from './types';

/** Entries per IndexedDB record: big enough for fast loads, small enough to yield between writes. */
export const CHUNK_SIZE = 10_000;

function generationRange(feedId: string, generation: number): IDBKeyRange {
  return IDBKeyRange.bound([feedId, generation, 0], [feedId, generation, Infinity]);
}

function feedRange(feedId: string): IDBKeyRange {
  return IDBKeyRange.bound([feedId, -Infinity, -Infinity], [feedId, Infinity, Infinity]);
}

/**
 * Stores a validated list as a new generation and switches to it in one
 * transaction. Until that switch the previous generation keeps serving, so a
 * background killed half-way through leaves the old list in place; the
 * half-written generation is removed by `collectGarbage`.
 */
export async function storeFeedList(db: ListsDb, list: FeedList, now = Date.now()): Promise<{ record: FeedRecord; packed: PackedList }> {
  const { entries, ...meta } = list;
  return storePacked(db, meta, packEntries(entries, list.vendors.map((vendor) => vendor.id)), now);
}

/** The list's details without its entries. */
export type FeedMeta = Omit<FeedList, 'entries'>;

/** As `storeFeedList`, for a list already packed (in feed order, vendor indices into `meta.vendors`). */
export async function storePacked(db: ListsDb, list: FeedMeta, packed: PackedList, now = Date.now()): Promise<{ record: FeedRecord; packed: PackedList }> {
  const previous = await db.get('feeds', list.feedId);
  const generation = (previous?.generation ?? 0) + 1;
  await db.delete('chunks', generationRange(list.feedId, generation));

  const count = packed.numbers.length;
  for (let index = 0, start = 0; start < count || index === 0; index++, start += CHUNK_SIZE) {
    const slice = slicePacked(packed, start, start + CHUNK_SIZE);
    await db.put('chunks', { feedId: list.feedId, generation, index, ...slice });
  }

  const record: FeedRecord = {
    feedId: list.feedId,
    name: list.name,
    version: list.version,
    issuedAt: list.issuedAt,
    vendors: list.vendors,
    count,
    generation,
    updatedAt: now,
    ...(list.listVersion !== undefined ? { listVersion: list.listVersion } : {}),
    ...(list.checksum ? { checksum: list.checksum } : {}),
    ...(list.expires ? { expires: list.expires } : {}),
  };
  await db.put('feeds', record);
  if (previous) await db.delete('chunks', generationRange(list.feedId, previous.generation));
  return { record, packed };
}

/** Reads every feed and the chunks of its serving generation. */
export async function loadFeeds(db: ListsDb): Promise<Array<{ record: FeedRecord; packed: PackedList }>> {
  const records = await db.getAll('feeds');
  return Promise.all(
    records.map(async (record) => {
      const chunks = await db.getAll('chunks', generationRange(record.feedId, record.generation));
      chunks.sort((a, b) => a.index - b.index);
      return { record, packed: concatPacked(chunks) };
    }),
  );
}

/** Removes chunks that no feed serves: leftovers of an interrupted store or a removed feed. */
export async function collectGarbage(db: ListsDb): Promise<number> {
  const serving = new Map((await db.getAll('feeds')).map((record) => [record.feedId, record.generation]));
  const tx = db.transaction('chunks', 'readwrite');
  let removed = 0;
  for (let cursor = await tx.store.openKeyCursor(); cursor; cursor = await cursor.continue()) {
    const [feedId, generation] = cursor.primaryKey;
    if (serving.get(feedId) !== generation) {
      await tx.store.delete(cursor.primaryKey);
      removed++;
    }
  }
  await tx.done;
  return removed;
}

export async function removeFeed(db: ListsDb, feedId: string): Promise<void> {
  const tx = db.transaction(['feeds', 'chunks'], 'readwrite');
  await Promise.all([tx.objectStore('feeds').delete(feedId), tx.objectStore('chunks').delete(feedRange(feedId)), tx.done]);
}

export async function setFeedError(db: ListsDb, feedId: string, error: string | undefined): Promise<void> {
  const tx = db.transaction('feeds', 'readwrite');
  const record = await tx.store.get(feedId);
  if (record) await tx.store.put({ ...record, lastError: error });
  await tx.done;
}
