import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FEED, readSignedBundle } from '../lists/default-feed';
import { parseKeyFile } from '../lists/feed/rotation';
import { parseFeedList } from '../lists/feed-schema';
import { LookupIndex } from '../lists/lookup-index';
import { packEntries } from '../lists/packed';
import type { FeedList } from '../lists/types';

/** Where the bundled feed lives in the repository. */
export const BUNDLED_FEED_DIR = fileURLToPath(new URL(`../../public/${DEFAULT_FEED.folder}`, import.meta.url));

export class FeedError extends Error {}

const fileReader = (dir: string) => async (path: string) => new Uint8Array(await readFile(join(dir, path)));

/** The feed that ships with the extension, checked against its pinned key as the extension checks it. */
export async function readBundledFeed(): Promise<FeedList> {
  try {
    return await readSignedBundle(fileReader(BUNDLED_FEED_DIR), DEFAULT_FEED);
  } catch (error) {
    throw new FeedError(`bundled feed: ${(error as Error).message}`);
  }
}

/**
 * A signed feed folder as the publisher kit writes it (head.json, key.json,
 * snapshots/). It is checked against the key in its own key.json: on disk
 * that proves the files belong together, not who wrote them.
 */
async function readSignedFeedDir(dir: string): Promise<FeedList> {
  const keyFile = parseKeyFile(new Uint8Array(await readFile(join(dir, 'key.json')).catch(() => new Uint8Array())));
  if (!keyFile.ok) throw new FeedError(`${dir}/key.json: ${keyFile.error}`);
  const { feedId, publicKey } = keyFile.file;
  try {
    return await readSignedBundle(fileReader(dir), { feedId, label: feedId, publicKey });
  } catch (error) {
    throw new FeedError(`${dir}: ${(error as Error).message}`);
  }
}

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

/** A signed feed folder, a feed list file, or every `.json` list file in a directory (sorted, so loading order is stable). */
export async function readFeeds(fileOrDir: string): Promise<FeedList[]> {
  const info = await stat(fileOrDir).catch(() => {
    throw new FeedError(`${fileOrDir}: no such file or directory`);
  });
  if (!info.isDirectory()) return [await readFeedFile(fileOrDir)];
  if (await stat(join(fileOrDir, 'head.json')).then(() => true, () => false)) return [await readSignedFeedDir(fileOrDir)];
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
