import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export interface Row {
  metric: string;
  value: number;
  unit: string;
  target?: number;
  /** Whether a smaller or larger value meets the target. */
  better?: 'lower' | 'higher';
}

export function meets(row: Row): boolean | undefined {
  if (row.target === undefined) return undefined;
  return row.better === 'higher' ? row.value >= row.target : row.value <= row.target;
}

/** Prints rows as an aligned table with the target and whether it is met. */
export function printTable(title: string, rows: Row[]): void {
  const cells = rows.map((row) => {
    const ok = meets(row);
    const digits = row.value >= 100 ? 0 : row.value >= 10 ? 1 : 2;
    return [
      row.metric,
      `${row.value.toFixed(digits)} ${row.unit}`,
      row.target === undefined ? '' : `${row.better === 'higher' ? '≥' : '≤'} ${row.target} ${row.unit}`,
      ok === undefined ? '' : ok ? 'met' : 'MISSED',
    ];
  });
  const widths = [0, 1, 2, 3].map((i) => Math.max(['metric', 'value', 'target', ''][i]!.length, ...cells.map((cell) => cell[i]!.length)));
  const line = (cell: string[]) => cell.map((text, i) => text.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(['metric', 'value', 'target', '']));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const cell of cells) console.log(line(cell));
}

/** Writes bench/results/NAME.json. */
export async function writeResults(name: string, data: object): Promise<string> {
  const dir = resolve(import.meta.dirname, 'results');
  await mkdir(dir, { recursive: true });
  const path = resolve(dir, `${name}.json`);
  await writeFile(path, JSON.stringify({ date: new Date().toISOString(), node: process.version, ...data }, null, 2) + '\n');
  console.log(`wrote ${path}`);
  return path;
}
