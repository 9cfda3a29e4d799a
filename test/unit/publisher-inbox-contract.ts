import { describe, expect, test } from 'vitest';
import type { ReportStore } from '@/publisher/inbox/store';
import { EXAMPLE, makeReport, withNumber } from './publisher-inbox-helpers';

/** One store location: open() may be called again to reopen the same data. */
export interface StoreLocation {
  open(): Promise<ReportStore>;
}

const T0 = new Date('2026-11-20T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** Runs `body` on a freshly opened store and closes it whatever happens. */
async function using<T>(location: StoreLocation, body: (store: ReportStore) => Promise<T>): Promise<T> {
  const store = await location.open();
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}

/**
 * The behaviour every ReportStore must have, written once and run against
 * SQLite and PostgreSQL. `fresh` gives an empty location for each test.
 */
export function storeContract(fresh: () => Promise<StoreLocation>): void {
  describe('ReportStore contract', () => {
    test('stores a report once; a repeat is a duplicate; the client address is kept only hashed', async () => {
      await using(await fresh(), async (store) => {
        expect(await store.put(EXAMPLE, '203.0.113.5', T0)).toBe('stored');
        expect(await store.put(structuredClone(EXAMPLE), '198.51.100.7', at(1))).toBe('duplicate');
        const list = await store.list();
        expect(list).toHaveLength(1);
        expect(list[0]!.report).toEqual(EXAMPLE);
        expect(list[0]!.receivedAt).toBe(T0.toISOString());
        expect(list[0]!.clientHash).toMatch(/^[0-9a-f]{64}$/);
        expect(JSON.stringify(list)).not.toContain('203.0.113.5');
      });
    });

    test('the same report with its keys in another order is a duplicate, not a conflict', async () => {
      await using(await fresh(), async (store) => {
        const report = makeReport();
        const reordered = Object.fromEntries(Object.entries(structuredClone(report)).reverse()) as typeof report;
        expect(await store.put(report, 'a', T0)).toBe('stored');
        expect(await store.put(reordered, 'a', T0)).toBe('duplicate');
      });
    });

    test('a different report under a stored id is a conflict and the first one stays', async () => {
      await using(await fresh(), async (store) => {
        const report = makeReport();
        expect(await store.put(report, 'a', T0)).toBe('stored');
        expect(await store.put({ ...report, note: 'changed' }, 'a', T0)).toBe('conflict');
        expect((await store.list()).map((s) => s.report)).toEqual([report]);
      });
    });

    test('20 concurrent identical puts store exactly one', async () => {
      await using(await fresh(), async (store) => {
        const report = makeReport();
        const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.put(structuredClone(report), `client-${i}`, T0)));
        expect(results.filter((r) => r === 'stored')).toHaveLength(1);
        expect(results.filter((r) => r === 'duplicate')).toHaveLength(19);
        expect(await store.list()).toHaveLength(1);
      });
    });

    test('two stores on the same data racing on one id store it once', async () => {
      const location = await fresh();
      const [a, b] = [await location.open(), await location.open()];
      try {
        const report = makeReport();
        const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).put(structuredClone(report), 'x', T0)));
        expect(results.filter((r) => r === 'stored')).toHaveLength(1);
        expect(await a.list()).toHaveLength(1);
      } finally {
        await a.close();
        await b.close();
      }
    });

    test('counts per number: distinct clients, total, first and last seen', async () => {
      await using(await fresh(), async (store) => {
        await store.put(withNumber('+18885550142'), 'c1', at(0));
        await store.put(withNumber('+18885550142'), 'c1', at(5));
        await store.put(withNumber('+18885550142'), 'c2', at(9));
        await store.put(withNumber('+12025550143'), 'c3', at(2));
        expect(await store.countsByNumber()).toEqual([
          { e164: '+18885550142', clients: 2, total: 3, firstSeen: at(0).toISOString(), lastSeen: at(9).toISOString() },
          { e164: '+12025550143', clients: 1, total: 1, firstSeen: at(2).toISOString(), lastSeen: at(2).toISOString() },
        ]);
      });
    });

    test('candidates are the numbers reported by at least N distinct clients, with their reports', async () => {
      await using(await fresh(), async (store) => {
        const first = withNumber('+18885550142');
        await store.put(first, 'c1', at(0));
        await store.put(withNumber('+18885550142'), 'c2', at(1));
        await store.put(withNumber('+12025550143'), 'c3', at(2));
        await store.put(withNumber('+12025550143'), 'c3', at(3));
        const two = await store.candidates(2);
        expect(two.map((c) => [c.e164, c.clients, c.reports.length])).toEqual([['+18885550142', 2, 2]]);
        expect(two[0]!.reports[0]).toEqual(first);
        expect((await store.candidates(1)).map((c) => c.e164)).toEqual(['+18885550142', '+12025550143']);
        expect(await store.candidates(3)).toEqual([]);
      });
    });

    test('reopened, the store has its reports and hashes a client as before (the salt is kept)', async () => {
      const location = await fresh();
      const report = makeReport();
      const before = await using(location, async (store) => {
        await store.put(report, '203.0.113.5', T0);
        return (await store.list())[0]!.clientHash;
      });
      await using(location, async (store) => {
        expect(await store.put(report, '203.0.113.5', at(1))).toBe('duplicate');
        await store.put(makeReport(), '203.0.113.5', at(2));
        const list = await store.list();
        expect(list.map((s) => s.clientHash)).toEqual([before, before]);
        expect((await store.countsByNumber())[0]!.clients).toBe(1);
      });
    });
  });
}
