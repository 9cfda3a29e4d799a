import { isE164 } from '../../phone/parse';
import { MAX_ENTRIES } from '../feed-schema';
import type { Entry } from '../types';
import { concatBytes, decodeUtf8, utf8 } from './bytes';
import { FieldReader, compareNumbers, encodeEntryLines, entryLine, sortedEntries } from './entry-line';
import { MAX_LIST_BYTES } from './limits';

export { applyDelta, diffEntries } from './delta-apply';

export type SnapshotResult = { ok: true; entries: Entry[] } | { ok: false; error: string };
export type DeltaResult = { ok: true; remove: string[]; add: Entry[] } | { ok: false; error: string };

/** A delta never needs more lines than removing one full list and adding another. */
const MAX_DELTA_LINES = 2 * MAX_ENTRIES;

const FEED_ID = '[a-z0-9][a-z0-9._-]{0,63}';
const UINT = '(0|[1-9][0-9]{0,15})';
const SNAPSHOT_HEADER = new RegExp(`^hangup-snapshot (\\S+) (${FEED_ID}) ${UINT} ${UINT}$`);
const DELTA_HEADER = new RegExp(`^hangup-delta (\\S+) (${FEED_ID}) ${UINT} ${UINT}$`);

function assertField(value: string, what: string): void {
  if (/[\t\n\r]/.test(value)) throw new Error(`${what} ${JSON.stringify(value)} contains a tab or line break`);
}

function checkFields(entry: Entry): void {
  assertField(entry.n, 'number');
  assertField(entry.category, 'category');
  assertField(entry.vendor, 'vendor');
  assertField(entry.firstSeen, 'date');
}

function checkedLine(entry: Entry): string {
  checkFields(entry);
  return entryLine(entry);
}

function sortedUnique<T>(items: readonly T[], key: (item: T) => string, what: string): T[] {
  const sorted = [...items].sort((a, b) => compareNumbers(key(a), key(b)));
  for (let i = 1; i < sorted.length; i++) {
    if (key(sorted[i - 1]!) === key(sorted[i]!)) throw new Error(`${what} lists ${key(sorted[i]!)} twice`);
  }
  return sorted;
}

/** Canonical snapshot bytes: header, then entries sorted by number. Throws on duplicates. */
export function encodeSnapshot(feedId: string, listVersion: number, entries: Entry[]): Uint8Array {
  const sorted = sortedEntries(entries);
  for (let i = 1; i < sorted.length; i++) if (sorted[i - 1]!.n === sorted[i]!.n) throw new Error(`snapshot lists ${sorted[i]!.n} twice`);
  const body = encodeEntryLines(sorted);
  // One pass over the bytes instead of a test per field: a stray TAB, LF or CR shows up in the counts.
  let separators = 0;
  for (let i = 0; i < body.length; i++) if (body[i] === 0x09 || body[i] === 0x0a || body[i] === 0x0d) separators++;
  if (separators !== sorted.length * 4) sorted.forEach(checkFields);
  return concatBytes(utf8(`hangup-snapshot 1 ${feedId} ${listVersion} ${sorted.length}\n`), body);
}

/** Canonical delta bytes: removals, then additions, each sorted by number. */
export function encodeDelta(feedId: string, from: number, to: number, remove: string[], add: Entry[]): Uint8Array {
  const removals = sortedUnique(remove, (n) => n, 'delta removals').map((n) => (assertField(n, 'number'), `-\t${n}\n`));
  const additions = sortedUnique(add, (e) => e.n, 'delta additions').map((e) => `+\t${checkedLine(e)}`);
  return utf8(`hangup-delta 1 ${feedId} ${from} ${to}\n${removals.join('')}${additions.join('')}`);
}

/** Splits list text into its header and body; refuses what no valid file can be. */
function splitText(bytes: Uint8Array, kind: string): { header: string; text: string; bodyStart: number } | string {
  if (bytes.length > MAX_LIST_BYTES) return `${kind} is ${bytes.length} bytes, over the ${MAX_LIST_BYTES}-byte cap`;
  const text = decodeUtf8(bytes);
  if (text === undefined) return `${kind} is not UTF-8`;
  if (!text.endsWith('\n')) return `${kind} does not end with a line feed`;
  const end = text.indexOf('\n');
  return { header: text.slice(0, end), text, bodyStart: end + 1 };
}

/**
 * Calls `line` with the bounds of each body line (without its LF) and its
 * 1-based line number; the header is line 1. Stops at the first error it returns.
 */
function eachLine(text: string, start: number, line: (start: number, end: number, lineNo: number) => string | undefined): string | undefined {
  for (let at = start, lineNo = 2; at < text.length; lineNo++) {
    const end = text.indexOf('\n', at);
    const error = line(at, end, lineNo);
    if (error) return `line ${lineNo}: ${error}`;
    at = end + 1;
  }
  return undefined;
}

export function parseSnapshot(bytes: Uint8Array, expect: { feedId: string; listVersion: number; vendorIds: ReadonlySet<string> }): SnapshotResult {
  const split = splitText(bytes, 'snapshot');
  if (typeof split === 'string') return { ok: false, error: split };
  const header = SNAPSHOT_HEADER.exec(split.header);
  if (!header) return { ok: false, error: 'line 1: not a hangup-snapshot header' };
  if (header[1] !== '1') return { ok: false, error: `line 1: unsupported format version ${header[1]}` };
  if (header[2] !== expect.feedId) return { ok: false, error: `line 1: snapshot is for feed ${header[2]}, expected ${expect.feedId}` };
  if (Number(header[3]) !== expect.listVersion) return { ok: false, error: `line 1: snapshot is list version ${header[3]}, expected ${expect.listVersion}` };
  const count = Number(header[4]);
  if (count > MAX_ENTRIES) return { ok: false, error: `line 1: count ${count} is over the ${MAX_ENTRIES}-entry cap` };

  const reader = new FieldReader(expect.vendorIds);
  const entries: Entry[] = [];
  let previous = '';
  const error = eachLine(split.text, split.bodyStart, (start, end, lineNo) => {
    if (entries.length === count) return `more entries than the header's count of ${count}`;
    const entry = reader.entryAt(split.text, start, end);
    if (typeof entry === 'string') return entry;
    if (entry.n <= previous) return entry.n === previous ? `duplicate number ${entry.n}` : `${entry.n} is out of order (after ${previous}, line ${lineNo - 1})`;
    previous = entry.n;
    entries.push(entry);
    return undefined;
  });
  if (error) return { ok: false, error };
  if (entries.length !== count) return { ok: false, error: `snapshot has ${entries.length} entries, its header says ${count}` };
  return { ok: true, entries };
}

export function parseDelta(bytes: Uint8Array, expect: { feedId: string; from: number; to: number; vendorIds: ReadonlySet<string> }): DeltaResult {
  const split = splitText(bytes, 'delta');
  if (typeof split === 'string') return { ok: false, error: split };
  const header = DELTA_HEADER.exec(split.header);
  if (!header) return { ok: false, error: 'line 1: not a hangup-delta header' };
  if (header[1] !== '1') return { ok: false, error: `line 1: unsupported format version ${header[1]}` };
  if (header[2] !== expect.feedId) return { ok: false, error: `line 1: delta is for feed ${header[2]}, expected ${expect.feedId}` };
  if (Number(header[3]) !== expect.from || Number(header[4]) !== expect.to) {
    return { ok: false, error: `line 1: delta leads from ${header[3]} to ${header[4]}, expected ${expect.from} to ${expect.to}` };
  }

  const reader = new FieldReader(expect.vendorIds);
  const remove: string[] = [];
  const add: Entry[] = [];
  let previous = ''; // last number of the current group; each group is sorted on its own
  const error = eachLine(split.text, split.bodyStart, (start, end, lineNo) => {
    const content = split.text.slice(start, end);
    if (remove.length + add.length >= MAX_DELTA_LINES) return `more than ${MAX_DELTA_LINES} lines`;
    const tab = content.indexOf('\t');
    const op = content.slice(0, tab);
    const fields = content.slice(tab + 1).split('\t');
    if (tab !== 1 || (op !== '-' && op !== '+')) return 'a delta line starts with "-" or "+" and a tab';
    let n: string;
    if (op === '-') {
      if (add.length > 0) return 'a removal after an addition (removals come first)';
      if (fields.length !== 1) return `a removal has one field after "-", found ${fields.length}`;
      n = fields[0]!;
      if (!isE164(n)) return `${JSON.stringify(n)} is not an E.164 number`;
    } else {
      if (add.length === 0) previous = '';
      const entry = reader.entry(fields);
      if (typeof entry === 'string') return entry;
      n = entry.n;
      add.push(entry);
    }
    if (n <= previous) return n === previous ? `duplicate number ${n}` : `${n} is out of order (after ${previous}, line ${lineNo - 1})`;
    if (op === '-') remove.push(n);
    previous = n;
    return undefined;
  });
  if (error) return { ok: false, error };
  return { ok: true, remove, add };
}
