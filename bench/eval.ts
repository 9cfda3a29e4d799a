/**
 * Detection measured on the real-message corpus (../shared/corpus, outside the
 * repository): recall on callback scams, false alarms on legitimate mail, and
 * the rate on other phishing. Prints ids and reasons only, never message text,
 * with phone numbers masked: the corpus holds third parties' contact details.
 *
 *   npm run eval [-- --half a|b] [--corpus FILE]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
// Outside the browser the reasons come from the English catalog.
import '../lib/i18n/english';
import { defaultContext, evaluateCorpus, loadCorpus, type CorpusReport } from '../lib/scan/corpus';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function print(report: CorpusReport, halves: CorpusReport[]): void {
  const { figures } = report;
  console.log(`corpus: ${report.corpus}${report.half ? ` (half ${report.half})` : ''}`);
  console.table({
    'callback-scam recall': { rate: pct(figures.recall), count: `${figures.caught}/${figures.scams}`, target: '>= 95%' },
    'legit false positives': { rate: pct(figures.falsePositiveRate), count: `${figures.falseAlarms}/${figures.legit}`, target: '<= 1%' },
    'other-phish flagged': { rate: pct(figures.otherRate), count: `${figures.otherFlagged}/${figures.other}`, target: '(reported only)' },
  });
  if (halves.length > 0) {
    // The same figures on two fixed halves: a rule fitted to one half shows up as a gap between them.
    console.table(Object.fromEntries(halves.map((h) => [`half ${h.half}`, { recall: pct(h.figures.recall), 'false positives': pct(h.figures.falsePositiveRate), 'other-phish': pct(h.figures.otherRate) }])));
  }
  for (const [title, rows] of [['Missed callback scams', report.misses], ['False alarms on legit mail', report.falseAlarms], ['Other phishing flagged', report.otherFlagged]] as const) {
    console.log(`\n${title}: ${rows.length}`);
    for (const row of rows) {
      console.log(`  ${row.id}  ${row.verdict} (score ${row.score})${row.vendor ? ` vendor=${row.vendor}` : ''}`);
      for (const reason of row.reasons) console.log(`      - ${reason}`);
    }
  }
}

async function main(): Promise<void> {
  const corpus = option('--corpus') ?? fileURLToPath(new URL('../../shared/corpus/messages.jsonl', import.meta.url));
  const half = option('--half');
  if (half !== undefined && half !== 'a' && half !== 'b') throw new Error('--half takes a or b');
  const messages = await loadCorpus(corpus);
  const context = await defaultContext();
  const report = evaluateCorpus(messages, { corpus, context, ...(half ? { half } : {}) });
  const halves = half ? [] : (['a', 'b'] as const).map((h) => evaluateCorpus(messages, { corpus, context, half: h }));
  print(report, halves);
  const out = new URL('./results/eval.json', import.meta.url);
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  await writeFile(out, JSON.stringify({ ...report, halves: halves.map((h) => ({ half: h.half, figures: h.figures })) }, null, 2) + '\n');
  console.log(`\nwrote ${fileURLToPath(out)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
