import { describe, expect, test } from 'vitest';
import { categoryAt, compareKeys, concatPacked, e164ToKey, findKey, keyToE164, packEntries, slicePacked } from '@/lib/lists/packed';
import { entry, generatedEntries } from '../fixtures';

describe('keys', () => {
  test.each(['+12025550143', '+442079460958', '+999999999999999', '+12'])('%s round-trips through its key', (e164) => {
    expect(keyToE164(e164ToKey(e164))).toBe(e164);
  });

  test('15-digit numbers stay exact as doubles', () => {
    expect(e164ToKey('+999999999999999')).not.toBe(e164ToKey('+999999999999998'));
  });
});

describe('packEntries', () => {
  test('keeps category, vendor index and first-seen day for each number', () => {
    const packed = packEntries(
      [
        { n: '+12025550143', category: 'refund', vendor: 'b', firstSeen: '1970-01-03' },
        { n: '+18885550142', category: 'account-security', vendor: 'a', firstSeen: '2026-01-15' },
      ],
      ['a', 'b'],
    );
    expect([...packed.numbers]).toEqual([12025550143, 18885550142]);
    expect(categoryAt(packed, 0)).toBe('refund');
    expect(categoryAt(packed, 1)).toBe('account-security');
    expect([...packed.vendors]).toEqual([1, 0]);
    expect(packed.firstSeen[0]).toBe(2);
    expect(packed.firstSeen[1]).toBe(Math.floor(Date.UTC(2026, 0, 15) / 86_400_000));
  });

  // Feeds are sorted as strings; mixed lengths put them out of numeric order.
  test('finds every number of a list sorted as strings with mixed lengths', () => {
    const numbers = ['+12025550143', '+2125550100', '+33612345678', '+4420794609', '+442079460958', '+61', '+9'];
    expect([...numbers].sort()).toEqual(numbers);
    const packed = packEntries(numbers.map((n) => entry(n)), ['acme']);
    for (const n of numbers) expect(findKey(packed.numbers, e164ToKey(n)), n).toBeGreaterThanOrEqual(0);
    // Packed in the feed's own (text) order, so feeds, deltas and checksums line up without re-sorting.
    expect([...packed.numbers].map(keyToE164)).toEqual(numbers);
  });

  test('packs an unsorted list into feed order', () => {
    const numbers = ['+9', '+442079460958', '+12025550143', '+2125550100', '+4420794609', '+61'];
    const packed = packEntries(numbers.map((n) => entry(n)), ['acme']);
    expect([...packed.numbers].map(keyToE164)).toEqual([...numbers].sort());
  });

  test.each([
    ['+12', '+123', -1],
    ['+123', '+13', -1],
    ['+999999999999999', '+1', 1],
    ['+44207946', '+44207946', 0],
    ['+100000000000000', '+10', 1],
  ])('compareKeys(%s, %s) orders as text', (a, b, sign) => {
    expect(Math.sign(compareKeys(e164ToKey(a), e164ToKey(b)))).toBe(sign);
    expect(Math.sign(a < b ? -1 : a > b ? 1 : 0)).toBe(sign);
  });

  test('keeps each number with its own data after reordering', () => {
    const packed = packEntries([entry('+12025550143', 'a', 'refund'), entry('+2125550100', 'b', 'billing')], ['a', 'b']);
    const i = findKey(packed.numbers, e164ToKey('+12025550143'));
    expect(categoryAt(packed, i)).toBe('refund');
    expect(packed.vendors[i]).toBe(0);
    const j = findKey(packed.numbers, e164ToKey('+2125550100'));
    expect(categoryAt(packed, j)).toBe('billing');
    expect(packed.vendors[j]).toBe(1);
  });

  test('an empty list packs to empty arrays', () => {
    const packed = packEntries([], []);
    expect(packed.numbers.length).toBe(0);
    expect(findKey(packed.numbers, 12025550143)).toBe(-1);
  });
});

describe('findKey', () => {
  const numbers = Float64Array.from([10, 20, 30, 40, 50]);
  test.each([
    [10, 0],
    [30, 2],
    [50, 4],
    [5, -1],
    [25, -1],
    [55, -1],
  ])('finds %d at %d', (key, at) => {
    expect(findKey(numbers, key)).toBe(at);
  });
});

describe('slice and concat', () => {
  test('slicing into chunks and joining them gives the same list back', () => {
    const packed = packEntries(generatedEntries(2_503), ['acme']);
    const chunks = [0, 1000, 2000].map((start) => slicePacked(packed, start, start + 1000));
    expect(chunks.map((chunk) => chunk.numbers.length)).toEqual([1000, 1000, 503]);
    const joined = concatPacked(chunks);
    expect(joined.numbers).toEqual(packed.numbers);
    expect(joined.categories).toEqual(packed.categories);
    expect(joined.vendors).toEqual(packed.vendors);
    expect(joined.firstSeen).toEqual(packed.firstSeen);
    expect(findKey(joined.numbers, e164ToKey('+18000002502'))).toBe(2502);
  });

  test('a slice is a copy, not a view', () => {
    const packed = packEntries(generatedEntries(3), ['acme']);
    const slice = slicePacked(packed, 0, 2);
    slice.numbers[0] = 1;
    expect(packed.numbers[0]).toBe(18000000000);
  });

  test('concat of no chunks is an empty list', () => {
    expect(concatPacked([]).numbers.length).toBe(0);
  });
});
