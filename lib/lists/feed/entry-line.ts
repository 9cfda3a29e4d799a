import { isE164 } from '../../phone/parse';
import { CATEGORIES, type Category, type Entry } from '../types';

/**
 * One entry as a line of list text: `<e164> TAB <category> TAB <vendorId> TAB
 * <YYYY-MM-DD> LF`. Every field is ASCII by construction, so JavaScript string
 * order, UTF-8 byte order and the order the format requires are the same.
 */
export function entryLine(entry: Entry): string {
  return `${entry.n}\t${entry.category}\t${entry.vendor}\t${entry.firstSeen}\n`;
}

/** Byte order of E.164 strings (they are ASCII, so code-unit order is byte order). */
export function compareNumbers(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted copy of entries, or the same array when it is already strictly sorted. */
export function sortedEntries(entries: readonly Entry[]): readonly Entry[] {
  for (let i = 1; i < entries.length; i++) {
    if (!(entries[i - 1]!.n < entries[i]!.n)) return [...entries].sort((a, b) => compareNumbers(a.n, b.n));
  }
  return entries;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (refuses 2024-02-30, which a pattern alone would let through). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Validates the fields of one line. Keeps interned copies of categories,
 * vendor ids and dates so a million parsed entries share those strings.
 */
export class FieldReader {
  private readonly categories = new Map<string, Category>(CATEGORIES.map((c) => [c, c]));
  private readonly vendors: Map<string, string>;
  private readonly dates = new Map<string, string>();

  constructor(vendorIds: ReadonlySet<string>) {
    this.vendors = new Map([...vendorIds].map((id) => [id, id]));
  }

  /**
   * Reads the line text[start, end) (without its LF). Finds the tabs in place
   * rather than splitting, since this runs once per entry of a million-line list.
   */
  entryAt(text: string, start: number, end: number): Entry | string {
    const t1 = text.indexOf('\t', start);
    const t2 = t1 < 0 || t1 >= end ? -1 : text.indexOf('\t', t1 + 1);
    const t3 = t2 < 0 || t2 >= end ? -1 : text.indexOf('\t', t2 + 1);
    const t4 = t3 < 0 || t3 >= end ? -1 : text.indexOf('\t', t3 + 1);
    if (t3 < 0 || t3 >= end || (t4 >= 0 && t4 < end)) return this.entry(text.slice(start, end).split('\t'));
    return this.fields(text.slice(start, t1), text.slice(t1 + 1, t2), text.slice(t2 + 1, t3), text.slice(t3 + 1, end));
  }

  /** Reads `n TAB category TAB vendor TAB date` split into fields; returns the entry or a reason. */
  entry(fields: string[]): Entry | string {
    if (fields.length !== 4) return `expected 4 tab-separated fields, found ${fields.length}`;
    return this.fields(...(fields as [string, string, string, string]));
  }

  private fields(n: string, categoryText: string, vendorText: string, dateText: string): Entry | string {
    if (!isE164(n)) return `${JSON.stringify(n)} is not an E.164 number`;
    const category = this.categories.get(categoryText);
    if (!category) return `unknown category ${JSON.stringify(categoryText)}`;
    const vendor = this.vendors.get(vendorText);
    if (vendor === undefined) return `unknown vendor ${JSON.stringify(vendorText)}`;
    let firstSeen = this.dates.get(dateText);
    if (firstSeen === undefined) {
      if (!isCalendarDate(dateText)) return `${JSON.stringify(dateText)} is not a YYYY-MM-DD date`;
      this.dates.set(dateText, dateText);
      firstSeen = dateText;
    }
    return { n, category, vendor, firstSeen };
  }
}

const encoder = new TextEncoder();

/**
 * The UTF-8 bytes of entryLine(e) for every entry, in the given order,
 * written straight into one buffer. Equivalent to encoding the joined lines,
 * but a million entries cost no million intermediate strings. Categories,
 * vendor ids and dates repeat, so their bytes are encoded once and copied.
 */
export function encodeEntryLines(entries: readonly Entry[]): Uint8Array<ArrayBuffer> {
  const cache = new Map<string, Uint8Array>();
  const bytesOf = (field: string) => {
    let bytes = cache.get(field);
    if (!bytes) cache.set(field, (bytes = encoder.encode(field)));
    return bytes;
  };
  let size = 0;
  for (const entry of entries) size += byteLength(entry.n) + bytesOf(entry.category).length + bytesOf(entry.vendor).length + bytesOf(entry.firstSeen).length + 4;
  const out = new Uint8Array(size);
  let at = 0;
  for (const entry of entries) {
    const n = entry.n;
    if (isAscii(n)) for (let i = 0; i < n.length; i++) out[at++] = n.charCodeAt(i);
    else at += encoder.encodeInto(n, out.subarray(at)).written;
    for (const field of [entry.category, entry.vendor, entry.firstSeen]) {
      out[at++] = 0x09;
      const bytes = bytesOf(field);
      out.set(bytes, at);
      at += bytes.length;
    }
    out[at++] = 0x0a;
  }
  return out;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function byteLength(text: string): number {
  return isAscii(text) ? text.length : encoder.encode(text).length;
}
