import { toCsv } from './csv-out';
import type { NumberCount } from './store';

const HEADER = ['number', 'clients', 'reports', 'first_seen', 'last_seen'] as const;

const cells = (c: NumberCount) => [c.e164, String(c.clients), String(c.total), c.firstSeen, c.lastSeen];

/** Counts per number as an aligned table for a terminal. */
export function countsTable(counts: readonly NumberCount[]): string {
  const rows = [[...HEADER], ...counts.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n') + '\n';
}

export function countsCsv(counts: readonly NumberCount[]): string {
  return toCsv(HEADER, counts.map(cells));
}

export function countsJson(counts: readonly NumberCount[]): string {
  return JSON.stringify(counts, null, 2) + '\n';
}
