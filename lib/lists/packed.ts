import { CATEGORIES, type Category, type Entry } from './types';

/**
 * A list packed for memory and speed: numbers as the integer value of their
 * E.164 digits (at most 15 digits, so exact in a double), sorted, with parallel
 * arrays for category, vendor and first-seen day. A million entries take about
 * 15 MB instead of the hundreds a Map of strings would.
 */
export interface PackedList {
  numbers: Float64Array;
  categories: Uint8Array;
  /** Index into the feed's vendor array. */
  vendors: Uint16Array;
  /** Days since 1970-01-01. */
  firstSeen: Int32Array;
}

const DAY_MS = 86_400_000;

export function e164ToKey(e164: string): number {
  return Number(e164.slice(1));
}

export function keyToE164(key: number): string {
  return `+${key}`;
}

/**
 * Packs entries in numeric order. Feeds are sorted as strings, which is not
 * numeric order when lengths differ ("+1202…" sorts before "+212…" but its key
 * is larger), and `findKey` needs numeric order.
 */
export function packEntries(entries: readonly Entry[], vendorIds: readonly string[]): PackedList {
  const vendorIndex = new Map(vendorIds.map((id, i) => [id, i]));
  const keys = Float64Array.from(entries, (entry) => e164ToKey(entry.n));
  const order = Uint32Array.from(keys.keys()).sort((a, b) => keys[a]! - keys[b]!);
  const packed = allocate(entries.length);
  order.forEach((from, i) => {
    const entry = entries[from]!;
    packed.numbers[i] = keys[from]!;
    packed.categories[i] = CATEGORIES.indexOf(entry.category);
    packed.vendors[i] = vendorIndex.get(entry.vendor) ?? 0;
    packed.firstSeen[i] = Math.floor(Date.parse(entry.firstSeen) / DAY_MS);
  });
  return packed;
}

export function allocate(length: number): PackedList {
  return {
    numbers: new Float64Array(length),
    categories: new Uint8Array(length),
    vendors: new Uint16Array(length),
    firstSeen: new Int32Array(length),
  };
}

export function slicePacked(list: PackedList, start: number, end: number): PackedList {
  return {
    numbers: list.numbers.slice(start, end),
    categories: list.categories.slice(start, end),
    vendors: list.vendors.slice(start, end),
    firstSeen: list.firstSeen.slice(start, end),
  };
}

/** Joins chunks (in order) into one list. */
export function concatPacked(chunks: readonly PackedList[]): PackedList {
  const total = chunks.reduce((sum, chunk) => sum + chunk.numbers.length, 0);
  const out = allocate(total);
  let at = 0;
  for (const chunk of chunks) {
    out.numbers.set(chunk.numbers, at);
    out.categories.set(chunk.categories, at);
    out.vendors.set(chunk.vendors, at);
    out.firstSeen.set(chunk.firstSeen, at);
    at += chunk.numbers.length;
  }
  return out;
}

/** Position of `key` in the sorted numbers, or -1. */
export function findKey(numbers: Float64Array, key: number): number {
  let lo = 0;
  let hi = numbers.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = numbers[mid]!;
    if (value === key) return mid;
    if (value < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function categoryAt(list: PackedList, i: number): Category {
  return CATEGORIES[list.categories[i]!] ?? 'other';
}
