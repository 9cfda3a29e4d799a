/**
 * Extraction throughput and recall: `findPhoneNumbers` against libphonenumber-js
 * `findPhoneNumbersInText` on the same ~1 MB of mixed text, in the same run.
 * Run with `npx tsx bench/extract.ts`; writes bench/results/extract.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/min';
import { findPhoneNumbers } from '../lib/phone/find';
import { clearParseCache } from '../lib/phone/parse-window';
import { generatedTexts } from './extract-text';
import { measureRecall, readCorpus, type Finder, type Recall } from './extract-corpus';

const TARGET_CHARS = 1_000_000;
const REGION: CountryCode = 'US';
/** Timed passes: the machine is shared, so many short passes and a median. */
const PASSES = 15;

const ours: Finder = (text) => findPhoneNumbers(text, REGION);
const baseline: Finder = (text) =>
  findPhoneNumbersInText(text, { defaultCountry: REGION }).map((m) => ({ start: m.startsAt, end: m.endsAt, e164: m.number.number }));

/** Texts repeated until they reach ~1 MB. */
function upToTarget(texts: string[]): string[] {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < TARGET_CHARS; i++) {
    const part = texts[i % texts.length]!;
    parts.push(part);
    size += part.length + 1;
  }
  return parts;
}

interface Timing {
  ms: number;
  found: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** When ours forgets parsed windows: never, before every pass, or before every input. */
type Cache = 'warm' | 'cold' | 'none';

/**
 * Median time of a pass over `inputs`, ours and the baseline interleaved so both see
 * the same machine load. With a `cold` cache each distinct number is parsed once
 * per pass, as on a page seen for the first time; with `none`, once per input.
 */
function race(inputs: string[], cache: Cache): { ours: Timing; baseline: Timing } {
  const pass = (finder: Finder) => {
    if (cache === 'cold') clearParseCache();
    const forget = cache === 'none' && finder === ours;
    const start = performance.now();
    let found = 0;
    for (const input of inputs) {
      if (forget) clearParseCache();
      found += finder(input).length;
    }
    return { ms: performance.now() - start, found };
  };
  pass(ours);
  pass(baseline); // warm-up: JIT, and libphonenumber's metadata
  const times = { ours: [] as number[], baseline: [] as number[] };
  let found = { ours: 0, baseline: 0 };
  for (let i = 0; i < PASSES; i++) {
    const a = pass(ours);
    const b = pass(baseline);
    times.ours.push(a.ms);
    times.baseline.push(b.ms);
    found = { ours: a.found, baseline: b.found };
  }
  return { ours: { ms: median(times.ours), found: found.ours }, baseline: { ms: median(times.baseline), found: found.baseline } };
}

const corpus = readCorpus();
const texts = corpus?.map((m) => m.text).filter((t) => t.length > 0) ?? generatedTexts();
const parts = upToTarget(texts);
const chars = parts.reduce((sum, p) => sum + p.length + 1, 0);
const mb = chars / 1_000_000;

// A throw-away round first, so the first row is not measured on colder code than the rest.
race(parts, 'none');
const rows = {
  'per message, no cache': race(parts, 'none'),
  'per message, cold': race(parts, 'cold'),
  'one string, cold': race([parts.join('\n')], 'cold'),
  'per message, warm': race(parts, 'warm'),
};
const recall: { ours: Recall; baseline: Recall } | undefined = corpus && { ours: measureRecall(corpus, ours), baseline: measureRecall(corpus, baseline) };

const fixed = (n: number, digits = 1) => Number(n.toFixed(digits));
const results = Object.entries(rows).map(([input, r]) => ({
  input,
  oursMsPerMB: fixed(r.ours.ms / mb, 2),
  baselineMsPerMB: fixed(r.baseline.ms / mb, 2),
  speedup: fixed(r.baseline.ms / r.ours.ms),
  oursFound: r.ours.found,
  baselineFound: r.baseline.found,
}));

console.log(
  `Extraction on ${chars.toLocaleString('en')} characters of ${corpus ? `corpus message text (${texts.length} messages, repeated)` : 'generated text (corpus not found)'}, region ${REGION}, median of ${PASSES} passes`,
);
console.log('| input                 | ours ms/MB | libphonenumber-js ms/MB | speed-up | ours found | libphonenumber-js found |');
console.log('|-----------------------|-----------:|------------------------:|---------:|-----------:|------------------------:|');
for (const r of results) {
  console.log(
    `| ${r.input.padEnd(21)} | ${r.oursMsPerMB.toFixed(1).padStart(10)} | ${r.baselineMsPerMB.toFixed(1).padStart(23)} | ${`${r.speedup.toFixed(1)}×`.padStart(8)} | ${String(r.oursFound).padStart(10)} | ${String(r.baselineFound).padStart(23)} |`,
  );
}
const pct = (r: Recall) => `${(100 * r.share).toFixed(1)}% (${r.found}/${r.total})`;
console.log(recall ? `Recall on the corpus phone strings: ours ${pct(recall.ours)}, libphonenumber-js ${pct(recall.baseline)}` : 'Recall: corpus not found, skipped');
console.log('Parse cache: none = emptied before every message; cold = before every pass (numbers repeated within the MB hit it); warm = kept, as when a page is rescanned.');

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/extract.json', import.meta.url),
  JSON.stringify({ date: new Date().toISOString(), node: process.version, chars, source: corpus ? 'corpus' : 'generated', region: REGION, passes: PASSES, results, recall: recall ?? null }, null, 2) + '\n',
);
