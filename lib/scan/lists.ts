import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeedList } from '../lists/feed-schema';
import { LookupIndex } from '../lists/lookup-index';
import { packEntries } from '../lists/packed';
import type { FeedList } from '../lists/types';

/** Where the bundled feed lives in the repository. */
export const BUNDLED_FEED = new URL('../../public/feeds/default.json', import.meta.url);

export class FeedError extends Error {}

/** Reads and validates one feed list file; a bad file is an error naming the file and the problem. */
export async function readFeedFile(path: string | URL): Promise<FeedList> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new FeedError(`${String(path)}: ${(error as Error).message}`);
  }
  const parsed = parseFeedList(data);
  if (!parsed.ok) throw new FeedError(`${String(path)}: ${parsed.error}`);
  return parsed.list;
}

/** A feed file, or every `.json` file in a directory (sorted, so loading order is stable). */
export async function readFeeds(fileOrDir: string): Promise<FeedList[]> {
  const info = await stat(fileOrDir).catch(() => {
    throw new FeedError(`${fileOrDir}: no such file or directory`);
  });
  if (!info.isDirectory()) return [await readFeedFile(fileOrDir)];
  const names = (await readdir(fileOrDir)).filter((name) => name.endsWith('.json')).sort();
  if (names.length === 0) throw new FeedError(`${fileOrDir}: no .json feed in this directory`);
  return Promise.all(names.map((name) => readFeedFile(join(fileOrDir, name))));
}

/**
 * The lookup index the extension's background serves from, built straight
 * from feed lists instead of IndexedDB. A later feed with the same id replaces
 * an earlier one, as a newer version would.
 */
export function indexFeeds(lists: readonly FeedList[], now = Date.now()): LookupIndex {
  const index = new LookupIndex();
  for (const list of lists) {
    const record = {
      feedId: list.feedId,
      name: list.name,
      version: list.version,
      issuedAt: list.issuedAt,
      vendors: list.vendors,
      count: list.entries.length,
      generation: 1,
      updatedAt: now,
    };
    index.setFeed(record, packEntries(list.entries, list.vendors.map((v) => v.id)));
  }
  return index;
}
