import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { listChecksum } from '@/lib/lists/feed/checksum';
import { applyDelta, diffEntries, encodeDelta, encodeSnapshot, parseDelta, parseSnapshot } from '@/lib/lists/feed/list-text';
import { CATEGORIES, type Entry } from '@/lib/lists/types';

const vendorIds = new Set(['acme', 'norbury']);

/** Numbers from a small pool (so two lists overlap) and of mixed lengths (so byte order differs from numeric order). */
const numberArb = fc.oneof(
  fc.integer({ min: 0, max: 99 }).map((i) => `+1202555${String(i).padStart(4, '0')}`),
  fc.integer({ min: 0, max: 99 }).map((i) => `+44207946${String(i).padStart(4, '0')}`),
  fc.integer({ min: 0, max: 9 }).map((i) => `+21255501${i}`),
);
const entryArb: fc.Arbitrary<Entry> = fc.record({
  n: numberArb,
  category: fc.constantFrom(...CATEGORIES),
  vendor: fc.constantFrom('acme', 'norbury'),
  firstSeen: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
});
const listArb = fc.uniqueArray(entryArb, { selector: (e) => e.n, maxLength: 80 });
const sorted = (entries: Entry[]) => [...entries].sort((x, y) => (x.n < y.n ? -1 : x.n > y.n ? 1 : 0));

describe('snapshot and delta agree', () => {
  test('snapshot(apply(delta(a→b), a)) has the same bytes and checksum as snapshot(b)', async () => {
    await fc.assert(
      fc.asyncProperty(listArb, listArb, async (a, b) => {
        const from = parseSnapshot(encodeSnapshot('f', 1, a), { feedId: 'f', listVersion: 1, vendorIds });
        if (!from.ok) throw new Error(from.error);
        const diff = diffEntries(from.entries, sorted(b));
        const delta = parseDelta(encodeDelta('f', 1, 2, diff.remove, diff.add), { feedId: 'f', from: 1, to: 2, vendorIds });
        if (!delta.ok) throw new Error(delta.error);
        const applied = applyDelta(from.entries, delta.remove, delta.add);
        if (!applied.ok) throw new Error(applied.error);
        expect(encodeSnapshot('f', 2, applied.entries)).toEqual(encodeSnapshot('f', 2, b));
        expect(await listChecksum(applied.entries)).toBe(await listChecksum(b));
      }),
      { numRuns: 300 },
    );
  });

  test('a chain of deltas a→b→c gives the same checksum as snapshot(c)', async () => {
    await fc.assert(
      fc.asyncProperty(listArb, listArb, listArb, async (a, b, c) => {
        let entries = sorted(a);
        for (const next of [b, c]) {
          const diff = diffEntries(entries, sorted(next));
          const applied = applyDelta(entries, diff.remove, diff.add);
          if (!applied.ok) throw new Error(applied.error);
          entries = applied.entries;
        }
        expect(await listChecksum(entries)).toBe(await listChecksum(c));
      }),
      { numRuns: 100 },
    );
  });

  test('parseSnapshot(encodeSnapshot(list)) is the sorted list', () => {
    fc.assert(
      fc.property(listArb, (list) => {
        expect(parseSnapshot(encodeSnapshot('f', 7, list), { feedId: 'f', listVersion: 7, vendorIds })).toEqual({ ok: true, entries: sorted(list) });
      }),
    );
  });
});
