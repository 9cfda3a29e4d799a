import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FeedError, indexFeeds, readFeeds } from '@/lib/scan/lists';
import { entry, feed, vendor } from './fixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hangup-lists-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('feed lists on disk', () => {
  test('a directory gives every .json feed in it, in name order', async () => {
    const sub = join(dir, 'feeds');
    await mkdir(sub);
    await writeFile(join(sub, 'b.json'), JSON.stringify(feed({ feedId: 'feed-b' })));
    await writeFile(join(sub, 'a.json'), JSON.stringify(feed({ feedId: 'feed-a' })));
    await writeFile(join(sub, 'notes.txt'), 'not a feed');
    expect((await readFeeds(sub)).map((list) => list.feedId)).toEqual(['feed-a', 'feed-b']);
  });

  test.each([
    ['a missing path', 'nope.json', /nope\.json: no such file or directory/],
    ['broken JSON', 'broken.json', /broken\.json: .*JSON/],
    ['an invalid list', 'invalid.json', /invalid\.json: entries must be sorted/],
  ])('%s is a FeedError naming the file', async (_case, name, message) => {
    await writeFile(join(dir, 'broken.json'), '{"feedId":');
    await writeFile(join(dir, 'invalid.json'), JSON.stringify(feed({ entries: [entry('+18885550142'), entry('+12025550143')] })));
    const error = await readFeeds(join(dir, name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as Error).message).toMatch(message);
  });

  test('the index answers lookups across feeds, as the background does', () => {
    const one = feed({ feedId: 'one', name: 'One', vendors: [vendor('acme', { name: 'Acme' })], entries: [entry('+18885550199', 'acme', 'refund')] });
    const two = feed({ feedId: 'two', name: 'Two', vendors: [vendor('acme', { name: 'Acme' })], entries: [entry('+18885550199', 'acme', 'billing'), entry('+18885550200', 'acme')] });
    const index = indexFeeds([one, two]);
    expect(index.lookup('+18885550199').map((m) => [m.feedName, m.category])).toEqual([['One', 'refund'], ['Two', 'billing']]);
    expect(index.lookup('+18885550201')).toEqual([]);
    expect(index.vendors().map((v) => v.name)).toEqual(['Acme', 'Acme']);
  });
});
