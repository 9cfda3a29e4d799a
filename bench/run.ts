/**
 * `npm run bench`: every benchmark, one after another (they would disturb each
 * other's timings in parallel). Each prints its table and writes
 * bench/results/<name>.json; this collects them into bench/results/summary.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeResults } from './report';

const BENCHES = [
  { script: 'extract.ts', result: 'extract.json', what: 'phone extraction vs libphonenumber-js' },
  { script: 'scan-throughput.ts', result: 'scan.json', what: 'npm run scan --jsonl throughput' },
  { script: 'feed-format.ts', result: 'feed-format.json', what: 'feed format on 1M entries (Node)' },
  { script: 'feed-scale.ts', result: 'feeds.json', what: 'lists at 1M in Chromium' },
  { script: 'page-scan.ts', result: 'page-scan.json', what: 'page scanning in Chromium: 5,000-message inbox, mutation storms, bundle size' },
];

const only = process.argv.slice(2);
const failures: string[] = [];
const summary: Record<string, unknown> = {};
for (const bench of BENCHES.filter((b) => only.length === 0 || only.some((name) => b.script.startsWith(name)))) {
  console.log(`\n=== ${bench.what} (bench/${bench.script})`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, bench.script)], { stdio: 'inherit' });
  const path = resolve(import.meta.dirname, 'results', bench.result);
  if (run.status !== 0) failures.push(bench.script);
  else if (existsSync(path)) summary[bench.script] = JSON.parse(readFileSync(path, 'utf8'));
}
await writeResults('summary', { benches: summary, failures });
if (failures.length) {
  console.error(`failed: ${failures.join(', ')}`);
  process.exitCode = 1;
}
