import { CATEGORIES, type Category, type Entry } from './types';

/**
 * A list packed for memory and speed: numbers as the integer value of their
 * E.164 digits (at most 15 digits, so exact in a double) with parallel arrays
 * for category, vendor and first-seen day. A million entries take about 15 MB
 * instead of the hundreds a Map of strings would.
 *
 * Entries are kept in feed order (E.164 as text, byte by byte), not numeric
 * order, so that a feed's list, its deltas and its checksum line up with the
 * packed arrays without re-sorting a million strings. `compareKeys` gives
 * that order on numbers.
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

const POWERS = Array.from({ length: 17 }, (_, i) => 10 ** i);

function digitCount(key: number): number {
  let digits = 1;
  while (digits < 16 && key >= POWERS[digits]!) digits++;
  return digits;
}

/**
 * Orders two keys as their E.164 texts order: "+12…" before "+123…" before
 * "+13…". Padding both to 15 digits compares the common prefix; a tie means
 * one is a prefix of the other, and the shorter sorts first.
 */
export function compareKeys(a: number, b: number): number {
  if (a === b) return 0;
  const da = digitCount(a);
  const db = digitCount(b);
  const pa = a * POWERS[15 - da]!;
  const pb = b * POWERS[15 - db]!;
  return pa !== pb ? pa - pb : da - db;
}

/** Packs entries in feed order (sorting them first only if they are not). */
export function packEntries(entries: readonly Entry[], vendorIds: readonly string[]): PackedList {
  const vendorIndex = new Map(vendorIds.map((id, i) => [id, i]));
  const days = new Map<string, number>();
  const keys = Float64Array.from(entries, (entry) => e164ToKey(entry.n));
  let order: ArrayLike<number> | undefined;
  for (let i = 1; i < keys.length; i++) {
    if (compareKeys(keys[i - 1]!, keys[i]!) > 0) {
      order = Uint32Array.from(keys.keys()).sort((a, b) => compareKeys(keys[a]!, keys[b]!));
      break;
    }
  }
  const packed = allocate(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const from = order ? order[i]! : i;
    const entry = entries[from]!;
    packed.numbers[i] = keys[from]!;
    packed.categories[i] = CATEGORIES.indexOf(entry.category);
    packed.vendors[i] = vendorIndex.get(entry.vendor) ?? 0;
    let day = days.get(entry.firstSeen);
    if (day === undefined) days.set(entry.firstSeen, (day = Math.floor(Date.parse(entry.firstSeen) / DAY_MS)));
    packed.firstSeen[i] = day;
  }
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

/** Position of `key` in numbers kept in feed order, or -1. */
export function findKey(numbers: Float64Array, key: number): number {
  let lo = 0;
  let hi = numbers.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareKeys(numbers[mid]!, key);
    if (order === 0) return mid;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function categoryAt(list: PackedList, i: number): Category {
  return CATEGORIES[list.categories[i]!] ?? 'other';
}

/** ISO dates for day numbers, remembered: lists reuse few distinct days. */
export class DayNames {
  private readonly names = new Map<number, string>();
  name(day: number): string {
    let name = this.names.get(day);
    if (name === undefined) this.names.set(day, (name = new Date(day * DAY_MS).toISOString().slice(0, 10)));
    return name;
  }
}

/** Entries back from a packed list, in feed order. */
export function unpackEntries(list: PackedList, vendorIds: readonly string[]): Entry[] {
  const days = new DayNames();
  const entries: Entry[] = new Array(list.numbers.length);
  for (let i = 0; i < list.numbers.length; i++) {
    entries[i] = {
      n: keyToE164(list.numbers[i]!),
      category: categoryAt(list, i),
      vendor: vendorIds[list.vendors[i]!] ?? '',
      firstSeen: days.name(list.firstSeen[i]!),
    };
  }
  return entries;
}
