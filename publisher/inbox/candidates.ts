import type { CountryCode } from 'libphonenumber-js/min';
import { parseTypedNumber } from '../../lib/phone/parse';
import type { Category } from '../../lib/lists/types';
import { CSV_COLUMNS, splitCsvLine } from '../csv';
import { UserError } from '../errors';
import { categoryOf, vendorOf } from './category';
import { csvLine, toCsv } from './csv-out';
import type { Candidate } from './store';

export interface NumbersRow {
  number: string;
  category: Category;
  vendor: string;
  firstSeen: string;
}

/**
 * Turns candidates into numbers.csv rows `build` accepts. A number is left
 * out, with a reason, when no report names a vendor id and no fallback was
 * given, or when libphonenumber rejects it (build would refuse the file).
 */
export function candidateRows(candidates: readonly Candidate[], fallbackVendor?: string): { rows: NumbersRow[]; skipped: string[] } {
  const rows: NumbersRow[] = [];
  const skipped: string[] = [];
  for (const candidate of candidates) {
    const vendor = vendorOf(candidate.reports) ?? fallbackVendor;
    if (!parseTypedNumber(candidate.e164, 'US').ok) skipped.push(`${candidate.e164}: not a valid phone number`);
    else if (vendor === undefined) skipped.push(`${candidate.e164}: no report names a vendor id (give --vendor ID)`);
    // first_seen is the inbox's first receipt: a date the vendor's own clock vouches for.
    else rows.push({ number: candidate.e164, category: categoryOf(candidate.reports), vendor, firstSeen: candidate.firstSeen.slice(0, 10) });
  }
  return { rows, skipped };
}

const cells = (row: NumbersRow) => [row.number, row.category, row.vendor, row.firstSeen];

export function numbersCsv(rows: readonly NumbersRow[]): string {
  return toCsv(CSV_COLUMNS, rows.map(cells));
}

/**
 * Appends the rows whose numbers `existing` (a numbers.csv) does not list yet;
 * existing lines are kept byte for byte, since the vendor's own entries win.
 * Numbers are compared after the same normalisation `build` applies.
 */
export function mergeNumbersCsv(existing: string, rows: readonly NumbersRow[], file: string, region: CountryCode): { text: string; added: number; listed: number } {
  const lines = existing.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '');
  if (typeof header === 'string' || header.map((h) => h.toLowerCase()).join(',') !== CSV_COLUMNS.join(',')) {
    throw new UserError(`${file} line 1: the header must be ${CSV_COLUMNS.join(',')}`);
  }
  const known = new Set<string>();
  for (const line of lines.slice(1)) {
    const fields = splitCsvLine(line);
    const parsed = typeof fields === 'string' || fields[0] === undefined ? undefined : parseTypedNumber(fields[0], region);
    if (parsed?.ok) known.add(parsed.e164);
  }
  const fresh = rows.filter((row) => !known.has(row.number));
  const body = existing.endsWith('\n') || existing === '' ? existing : existing + '\n';
  return { text: body + fresh.map((row) => csvLine(cells(row))).join(''), added: fresh.length, listed: rows.length - fresh.length };
}
