/**
 * The pure feed-format functions on a 1,000,000-entry list in Node: encoding,
 * parsing, checksum, and a 10,000-change delta (5,000 removals, 5,000
 * additions). Prints a table of the median of 5 runs and writes JSON.
 *
 *   npx tsx bench/feed-format.ts [--entries N]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { listChecksum } from '../lib/lists/feed/checksum';
import { applyDelta, diffEntries, encodeDelta, encodeSnapshot, parseDelta, parseSnapshot } from '../lib/lists/feed/list-text';
import { CATEGORIES, type Entry } from '../lib/lists/types';

const at = process.argv.indexOf('--entries');
const N = at >= 0 ? Number(process.argv[at + 1]) : 1_000_000;
const RUNS = 5;
const vendorIds = new Set(['acme', 'norbury', 'contoso']);

function makeList(count: number, offset: number): Entry[] {
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + (i % 28);
    entries.push({ n: `+1${2_000_000_000 + (i * 7 + offset)}`, category: CATEGORIES[i % CATEGORIES.length]!, vendor: [...vendorIds][i % 3]!, firstSeen: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}` });
  }
  return entries.sort((a, b) => (a.n < b.n ? -1 : 1));
}

async function time(name: string, run: () => unknown): Promise<[string, number]> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return [name, Math.round(samples[RUNS >> 1]!)];
}

const list = makeList(N, 0);
const changes = Math.min(5_000, Math.floor(N / 2));
const remove = list.filter((_, i) => i % Math.floor(N / changes) === 0).slice(0, changes).map((e) => e.n);
const add = makeList(changes, 3); // offset 3 never collides with multiples of 7
const snapshot = encodeSnapshot('bench', 1, list);
const delta = encodeDelta('bench', 1, 2, remove, add);
const next = applyDelta(list, remove, add);
if (!next.ok) throw new Error(next.error);

const rows = [
  await time('encodeSnapshot', () => encodeSnapshot('bench', 1, list)),
  await time('parseSnapshot', () => parseSnapshot(snapshot, { feedId: 'bench', listVersion: 1, vendorIds })),
  await time('listChecksum', () => listChecksum(list)),
  await time('parseDelta (10k lines)', () => parseDelta(delta, { feedId: 'bench', from: 1, to: 2, vendorIds })),
  await time('applyDelta (10k changes)', () => applyDelta(list, remove, add)),
  await time('diffEntries', () => diffEntries(list, next.entries)),
];
console.log(`${N} entries, snapshot ${(snapshot.length / 1e6).toFixed(1)} MB, delta ${(delta.length / 1e3).toFixed(0)} kB; median of ${RUNS} runs, Node ${process.version}`);
console.table(Object.fromEntries(rows.map(([name, ms]) => [name, { ms }])));
await mkdir(new URL('./results/', import.meta.url), { recursive: true });
await writeFile(new URL('./results/feed-format.json', import.meta.url), JSON.stringify({ entries: N, node: process.version, medianMs: Object.fromEntries(rows) }, null, 2) + '\n');
