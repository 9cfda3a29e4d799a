import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { toBase64 } from '@/lib/lists/feed/bytes';
import { ListsService } from '@/lib/lists/service';
import { FeedSync } from '@/lib/lists/sync/feed-sync';
import { Floors } from '@/lib/lists/sync/floors';
import { FakeArea } from '../background/fake-area';
import { bundled, entry, uniqueDbName, vendor } from '../fixtures';
import { BASE, MemoryFeed } from './memory-feed';

let feed: MemoryFeed;
let lists: ListsService;
let area: FakeArea;
let clock: number;
let sync: FeedSync;

function start(dbName = uniqueDbName()) {
  lists = new ListsService({ readBundledFeed: async () => bundled(), dbName });
  sync = new FeedSync({ lists, floors: new Floors(area), fetch: feed.fetch, now: () => clock, timeoutMs: 2000 });
  return dbName;
}

async function subscribeDirectly() {
  await lists.putSubscription({
    feedId: feed.feedId,
    label: 'Acme list',
    url: BASE,
    publicKey: toBase64(feed.key.publicKey),
    keyId: feed.key.keyId,
    bundled: false,
    addedAt: clock,
    failures: 0,
    nextAttempt: clock,
  });
}

const OTHER = 'https://contoso.example/feed/';

const listed = async (n: string) => (await lists.lookup([n])).get(n)!.some((match) => match.feedId === feed.feedId);

beforeEach(async () => {
  feed = await MemoryFeed.create();
  area = new FakeArea();
  clock = Date.now();
  start();
});

describe('several feeds', () => {
  test('serve side by side and update independently', async () => {
    const other = await MemoryFeed.create([vendor('contoso', { name: 'Contoso' })], 'contoso');
    await other.publish([entry('+14155550100', 'contoso')]);
    await feed.publish([entry('+12025550111')]);
    const both: typeof fetch = (input, init) => (String(input).startsWith(OTHER) ? other.fetch(String(input).replace(OTHER, BASE), init) : feed.fetch(input, init));
    sync = new FeedSync({ lists, floors: new Floors(area), fetch: both, now: () => clock });
    await sync.subscribe(BASE, feed.key.keyId);
    await sync.subscribe(OTHER, other.key.keyId);
    expect((await lists.lookup(['+14155550100'])).get('+14155550100')!.map((match) => match.feedId)).toEqual(['contoso']);
    expect(await listed('+12025550111')).toBe(true);
    other.faults.set('head.json', { status: 500 });
    await feed.publish([entry('+12025550112')]);
    clock += 2 * 3600_000;
    await sync.syncDue();
    expect(await listed('+12025550112')).toBe(true);
    expect((await lists.subscription('contoso'))?.failures).toBe(1);
    expect((await lists.lookup(['+14155550100'])).get('+14155550100')).toHaveLength(1);
  });
});

describe('subscribe', () => {
  test('adds a feed by address and fingerprint and loads its list', async () => {
    await feed.publish([entry('+12025550111'), entry('+12025550112')]);
    const record = await sync.subscribe(`${BASE}head.json`, feed.key.keyId.toUpperCase());
    expect(record).toMatchObject({ feedId: 'acme', count: 2, listVersion: 1, name: 'Acme list' });
    expect(await listed('+12025550111')).toBe(true);
    expect(await lists.subscription('acme')).toMatchObject({ url: BASE, keyId: feed.key.keyId, failures: 0 });
  });

  test.each([
    ['an http address off this machine', 'http://acme.example/feed/', () => feed.key.keyId, /https/],
    ['a short fingerprint', BASE, () => 'abc', /64 hexadecimal/],
    ['the wrong fingerprint', BASE, () => 'a'.repeat(64), /not signed with the key that fingerprint names/],
  ])('refuses %s and keeps nothing', async (_name, url, fingerprint, message) => {
    await feed.publish([entry('+12025550111')]);
    await expect(sync.subscribe(url, fingerprint())).rejects.toThrow(message);
    expect(await lists.subscriptions()).toEqual([]);
  });

  test('a feed whose snapshot is broken is not added', async () => {
    await feed.publish([entry('+12025550111')]);
    feed.faults.set(feed.head!.list.snapshot.path, { status: 500 });
    await expect(sync.subscribe(BASE, feed.key.keyId)).rejects.toThrow(/could not be loaded: the server answered HTTP 500/);
    expect(await lists.subscriptions()).toEqual([]);
    expect(await listed('+12025550111')).toBe(false);
  });

  test('the same feed twice is refused', async () => {
    await feed.publish([entry('+12025550111')]);
    await sync.subscribe(BASE, feed.key.keyId);
    await expect(sync.subscribe(BASE, feed.key.keyId)).rejects.toThrow(/already have this list/);
  });
});

describe('sync', () => {
  beforeEach(async () => {
    await feed.publish([entry('+12025550111'), entry('+12025550112')]);
    await subscribeDirectly();
    expect(await sync.sync('acme')).toBe('updated');
    feed.fetched();
  });

  test('a feed removed while it syncs stays removed: the removal waits for the sync', async () => {
    await feed.publish([entry('+12025550111'), entry('+12025550112'), entry('+12025550113')]);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = new FeedSync({ lists, floors: new Floors(area), fetch: async (input, init) => (String(input).endsWith('head.json') && (await held), feed.fetch(input, init)), now: () => clock, timeoutMs: 2000 });
    const running = slow.sync('acme');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const removal = slow.remove('acme');
    release();
    expect(await removal).toBe(true);
    await running;
    expect(await lists.subscription('acme')).toBeUndefined();
    expect((await lists.feeds()).some((record) => record.feedId === 'acme')).toBe(false);
    expect(await listed('+12025550113')).toBe(false);
  });

  test('an update arrives through its delta, not the snapshot', async () => {
    await feed.publish([entry('+12025550112'), entry('+12025550113')]);
    expect(await sync.sync('acme')).toBe('updated');
    expect(feed.fetched().some((path) => path.startsWith('deltas/'))).toBe(true);
    expect(await listed('+12025550113')).toBe(true);
    expect(await listed('+12025550111')).toBe(false);
  });

  test('several versions behind walks the delta chain', async () => {
    await feed.publish([entry('+12025550112')]);
    await feed.publish([entry('+12025550112'), entry('+12025550114')]);
    await feed.publish([entry('+12025550114'), entry('+12025550115')]);
    expect(await sync.sync('acme')).toBe('updated');
    const paths = feed.fetched();
    expect(paths.filter((path) => path.startsWith('deltas/'))).toHaveLength(3);
    expect(paths.some((path) => path.startsWith('snapshots/'))).toBe(false);
    expect(await listed('+12025550115')).toBe(true);
    expect(await listed('+12025550112')).toBe(false);
  });

  test('an unchanged head costs one conditional request', async () => {
    expect(await sync.sync('acme')).toBe('unchanged');
    expect(feed.log.map((served) => served.status)).toEqual([304]);
  });

  test('a delta that does not reproduce the signed checksum falls back to the snapshot', async () => {
    await feed.publish([entry('+12025550112'), entry('+12025550113')]);
    const deltaPath = feed.head!.list.deltas.at(-1)!.path;
    // Same hash binding cannot be forged, so serve a broken delta: the client must not trust it.
    feed.faults.set(deltaPath, { body: new TextEncoder().encode('garbage') });
    expect(await sync.sync('acme')).toBe('updated');
    expect(feed.fetched()).toContain(feed.head!.list.snapshot.path);
    expect(await listed('+12025550113')).toBe(true);
  });

  test.each([
    ['a 404', { status: 404 }, /HTTP 404/],
    ['a 500', { status: 500 }, /HTTP 500/],
    ['a network error', { throws: true }, /could not be reached/],
    ['an HTML error page with 200', { body: new TextEncoder().encode('<!doctype html><title>Portal</title>') }, /not a list/],
    ['malformed JSON', { body: new TextEncoder().encode('{"payloadType": ') }, /not a list/],
  ])('%s keeps the old list and backs off', async (_name, fault, message) => {
    await feed.publish([entry('+12025550199')]);
    feed.faults.set('head.json', fault);
    expect(await sync.sync('acme')).toBe('failed');
    expect(await listed('+12025550111')).toBe(true);
    expect(await listed('+12025550199')).toBe(false);
    const sub = await lists.subscription('acme');
    expect(sub?.lastError).toMatch(message);
    expect(sub?.failures).toBe(1);
    expect(sub!.nextAttempt - clock).toBeGreaterThanOrEqual(15 * 60_000);
    expect((await lists.feeds()).find((record) => record.feedId === 'acme')?.lastError).toMatch(message);
  });

  test('Retry-After is honoured', async () => {
    feed.faults.set('head.json', { status: 503, headers: { 'retry-after': '7200' } });
    expect(await sync.sync('acme')).toBe('failed');
    expect((await lists.subscription('acme'))!.nextAttempt - clock).toBeGreaterThanOrEqual(7200_000);
  });

  test('failures back off further each time, and success resets', async () => {
    feed.faults.set('head.json', { status: 500 });
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await sync.sync('acme');
      const sub = (await lists.subscription('acme'))!;
      waits.push(sub.nextAttempt - clock);
      clock = sub.nextAttempt;
    }
    expect(waits[3]!).toBeGreaterThan(waits[0]!);
    expect(waits[3]!).toBeGreaterThanOrEqual(8 * 15 * 60_000);
    feed.faults.clear();
    await sync.sync('acme');
    expect(await lists.subscription('acme')).toMatchObject({ failures: 0, lastError: undefined });
  });

  test('a head signed by another key is refused', async () => {
    const other = await MemoryFeed.create();
    await other.publish([entry('+12025550199')]);
    feed.faults.set('head.json', { body: other.files.get('head.json')! });
    expect(await sync.sync('acme')).toBe('failed');
    expect((await lists.subscription('acme'))?.lastError).toMatch(/not signed by its key/);
    expect(await listed('+12025550199')).toBe(false);
  });

  test('an older head (rollback) is refused and the newer list keeps serving', async () => {
    const v1 = feed.files.get('head.json')!;
    await feed.publish([entry('+12025550113')]);
    expect(await sync.sync('acme')).toBe('updated');
    feed.faults.set('head.json', { body: v1 });
    expect(await sync.sync('acme')).toBe('failed');
    expect((await lists.subscription('acme'))?.lastError).toMatch(/older list/);
    expect(await listed('+12025550113')).toBe(true);
  });

  test('the rollback floor survives IndexedDB being wiped', async () => {
    const v1 = feed.files.get('head.json')!;
    await feed.publish([entry('+12025550113')]);
    await sync.sync('acme');
    start(); // a new, empty database; storage.local (the area) is kept
    await subscribeDirectly();
    feed.faults.set('head.json', { body: v1 });
    expect(await sync.sync('acme')).toBe('failed');
    expect((await lists.subscription('acme'))?.lastError).toMatch(/older list/);
  });

  test('an expired head is refused', async () => {
    await feed.publish([entry('+12025550113')], { now: new Date(clock - 40 * 86_400_000), expiresDays: 30 });
    expect(await sync.sync('acme')).toBe('failed');
    expect((await lists.subscription('acme'))?.lastError).toMatch(/expired/);
  });

  test('a head from far in the future is refused', async () => {
    await feed.publish([entry('+12025550113')], { now: new Date(clock + 3 * 86_400_000) });
    expect(await sync.sync('acme')).toBe('failed');
    expect((await lists.subscription('acme'))?.lastError).toMatch(/future/);
  });

  test('a snapshot that differs from the signed hash is refused', async () => {
    await feed.publish([entry('+12025550113')]);
    for (const delta of feed.head!.list.deltas) feed.faults.set(delta.path, { status: 404 });
    const snapshot = feed.files.get(feed.head!.list.snapshot.path)!;
    const tampered = snapshot.slice();
    tampered[tampered.length - 3]! ^= 1;
    feed.faults.set(feed.head!.list.snapshot.path, { body: tampered });
    expect(await sync.sync('acme')).toBe('failed');
    expect((await lists.subscription('acme'))?.lastError).toMatch(/Snapshot/);
    expect(await listed('+12025550111')).toBe(true);
  });

  test('two syncs at once run once', async () => {
    await feed.publish([entry('+12025550113')]);
    const [a, b] = await Promise.all([sync.sync('acme'), sync.sync('acme')]);
    expect([a, b]).toEqual(['updated', 'updated']);
    expect(feed.fetched().filter((path) => path === 'head.json')).toHaveLength(1);
  });

  test('a storage failure during apply keeps the old list and is reported', async () => {
    await feed.publish([entry('+12025550113')]);
    const apply = lists.apply.bind(lists);
    lists.apply = async () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    expect(await sync.sync('acme')).toBe('failed');
    expect((await lists.subscription('acme'))?.lastError).toMatch(/Could not store the list/);
    expect(await listed('+12025550111')).toBe(true);
    lists.apply = apply;
    clock += 24 * 3600_000;
    expect(await sync.sync('acme')).toBe('updated');
    expect(await listed('+12025550113')).toBe(true);
  });

  test('a key rotation signed by the pinned key is followed and the new key pinned', async () => {
    const next = await feed.rotate();
    await feed.publish([entry('+12025550113')]);
    expect(await sync.sync('acme')).toBe('updated');
    expect(await listed('+12025550113')).toBe(true);
    expect(await lists.subscription('acme')).toMatchObject({ publicKey: toBase64(next.publicKey), keyId: next.keyId });
    expect(feed.fetched()).toContain('key.json');
    // The next update, signed by the new key, needs no rotation walk.
    await feed.publish([entry('+12025550114')]);
    expect(await sync.sync('acme')).toBe('updated');
    expect(feed.fetched()).not.toContain('key.json');
  });

  test('a rotation not signed by the pinned key is refused', async () => {
    const forger = await MemoryFeed.create();
    await feed.rotate(forger.key);
    await feed.publish([entry('+12025550113')]);
    expect(await sync.sync('acme')).toBe('failed');
    expect((await lists.subscription('acme'))?.lastError).toMatch(/not signed by its key/);
    expect(await listed('+12025550113')).toBe(false);
    expect(await listed('+12025550111')).toBe(true);
  });

  test('only due feeds are synced', async () => {
    await sync.syncDue();
    expect(feed.fetched()).toEqual([]);
    clock += 2 * 3600_000;
    await sync.syncDue();
    expect(feed.fetched()).toEqual(['head.json']);
  });
});
