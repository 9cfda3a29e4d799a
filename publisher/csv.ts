import type { CountryCode } from 'libphonenumber-js/min';
import { isCalendarDate } from '../lib/lists/feed/entry-line';
import { parseTypedNumber } from '../lib/phone/parse';
import { CATEGORIES, type Category, type Entry } from '../lib/lists/types';

export const CSV_COLUMNS = ['number', 'category', 'vendor', 'first_seen'] as const;
/** Enough to fix a file in one go without flooding the terminal. */
const MAX_REPORTED = 10;

export type CsvResult = { ok: true; entries: Entry[] } | { ok: false; errors: string[] };

/**
 * Splits one CSV line into fields (RFC 4180 quoting: "a, b" and "" for a
 * quote). Returns a reason instead when the quoting is broken.
 */
export function splitCsvLine(line: string): string[] | string {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      for (i++; ; i++) {
        if (i >= line.length) return 'a quoted field is not closed';
        if (line[i] === '"') {
          if (line[i + 1] !== '"') break;
          i++;
        }
        field += line[i];
      }
      i++;
      if (i < line.length && line[i] !== ',') return 'text after a closing quote';
    } else {
      const end = line.indexOf(',', i);
      field = line.slice(i, end < 0 ? line.length : end);
      if (field.includes('"')) return 'a quote inside an unquoted field';
      i = end < 0 ? line.length : end;
    }
    fields.push(field.trim());
    if (i >= line.length) return fields;
    i++; // the comma
  }
}

/**
 * Reads the vendor's numbers.csv. Numbers may be written any way a person
 * would ("(202) 555-0143", "+1 202.555.0143"); they are normalised to E.164
 * exactly as the extension normalises what it finds on pages, so a listed
 * number and a found number compare equal. Every error names its line.
 */
export function parseNumbersCsv(text: string, options: { file: string; region: CountryCode; vendorIds: ReadonlySet<string> }): CsvResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: string[] = [];
  const fail = (lineNo: number, message: string) => errors.push(`${options.file} line ${lineNo}: ${message}`);
  const header = splitCsvLine(lines[0] ?? '');
  if (typeof header === 'string' || header.map((h) => h.toLowerCase()).join(',') !== CSV_COLUMNS.join(',')) {
    return { ok: false, errors: [`${options.file} line 1: the header must be ${CSV_COLUMNS.join(',')}`] };
  }
  const seen = new Map<string, number>();
  const entries: Entry[] = [];
  for (let i = 1; i < lines.length && errors.length < MAX_REPORTED; i++) {
    const lineNo = i + 1;
    if (lines[i]!.trim() === '') continue;
    const entry = readRow(lines[i]!, options);
    const earlier = typeof entry === 'string' ? undefined : seen.get(entry.n);
    if (typeof entry === 'string') fail(lineNo, entry);
    else if (earlier !== undefined) fail(lineNo, `${entry.n} is already listed on line ${earlier}`);
    else {
      seen.set(entry.n, lineNo);
      entries.push(entry);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries };
}

function readRow(line: string, options: { region: CountryCode; vendorIds: ReadonlySet<string> }): Entry | string {
  const fields = splitCsvLine(line);
  if (typeof fields === 'string') return fields;
  if (fields.length !== CSV_COLUMNS.length) return `expected ${CSV_COLUMNS.length} fields (${CSV_COLUMNS.join(',')}), found ${fields.length}`;
  const [number, category, vendor, firstSeen] = fields as [string, string, string, string];
  const parsed = parseTypedNumber(number, options.region);
  if (!parsed.ok) return `${JSON.stringify(number)} is not a valid phone number (default region ${options.region})`;
  if (!(CATEGORIES as readonly string[]).includes(category)) return `unknown category ${JSON.stringify(category)}; use one of ${CATEGORIES.join(', ')}`;
  if (!options.vendorIds.has(vendor)) return `unknown vendor ${JSON.stringify(vendor)}; vendor.json has ${[...options.vendorIds].join(', ')}`;
  if (!isCalendarDate(firstSeen)) return `first_seen ${JSON.stringify(firstSeen)} is not a YYYY-MM-DD date`;
  return { n: parsed.e164, category: category as Category, vendor, firstSeen };
}
