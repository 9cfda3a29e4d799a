/**
 * `scan --jsonl` throughput: N records piped through the real command-line
 * process, measured end to end (process start included) and in steady state
 * (first output line to last). Records come from the corpus beside the
 * repository when it exists, and from synthetic messages always.
 *
 *   npx tsx bench/scan-throughput.ts [--n 2000]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

interface Result {
  source: string;
  records: number;
  inputMB: number;
  totalMs: number;
  startupMs: number;
  steadyMs: number;
  perSecondTotal: number;
  perSecondSteady: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusPath = fileURLToPath(new URL('../../shared/corpus/messages.jsonl', import.meta.url));
const count = Number(process.argv[process.argv.indexOf('--n') + 1]) || 2000;

/** Synthetic mail of the shapes the scanner meets: lures in five languages, receipts, list mail with signatures. */
function synthetic(i: number): string {
  const n = `1-888-555-${String(100 + (i % 900)).padStart(4, '0')}`;
  const filler = 'The committee met on Tuesday to review the garden budget and agreed to plant more tomatoes next spring. '.repeat(1 + (i % 20));
  const shapes = [
    { subject: 'Your Norton renewal', from: 'Billing <b@gmail.com>', text: `Your Norton 360 plan renewed for $399.99. If you did not authorize this, call ${n} within 24 hours.` },
    { subject: 'Ihre Rechnung', from: 'Service <s@mailer.example>', text: `Ihr McAfee-Abonnement wurde für 299,99 € verlängert. Falls Sie das nicht autorisiert haben, rufen Sie uns unter +1 888 555 0199 an.\n${filler}` },
    { subject: 'Re: meeting', from: 'Jo <jo@list.example.org>', text: `${filler}\n\n--\nJo Example\nPhone: +1 202 555 0186` },
    { subject: 'Votre commande', from: 'Boutique <shop@store.example>', text: `Merci pour votre commande de 45,00 €.\n${filler}` },
    { subject: 'Compra aprovada', from: 'Nubank <x@gmail.com>', text: `NUBANK: Compra de R$ 1.499,99. Caso não reconheça, ligue para 0800 555 0142.` },
    { subject: 'Newsletter', from: 'news@paper.example', text: filler.repeat(5), html: `<html><body>${filler.split('. ').map((s) => `<p>${s}</p>`).join('')}<p>Call <a href="tel:${n}">${n}</a></p></body></html>` },
  ];
  const shape = shapes[i % shapes.length]!;
  return JSON.stringify({ id: `syn-${i}`, html: '', ...shape });
}

async function corpusLines(): Promise<string[] | undefined> {
  if (!existsSync(corpusPath)) return undefined;
  return (await readFile(corpusPath, 'utf8')).split('\n').filter((l) => l.trim());
}

/** Pipes `lines` through `scan --jsonl` and times it. */
function run(source: string, lines: string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(`${root}node_modules/.bin/tsx`, ['lib/scan/cli.ts', '--jsonl'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
    let firstOutput = 0;
    let buffered = '';
    let outputLines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      if (!firstOutput) firstOutput = performance.now();
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      outputLines += parts.length;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const ended = performance.now();
      if (code !== 0 || outputLines !== lines.length) return reject(new Error(`${source}: exit ${code}, ${outputLines} lines out for ${lines.length} in`));
      const totalMs = ended - started;
      const steadyMs = ended - firstOutput;
      resolve({
        source,
        records: lines.length,
        inputMB: Math.round((lines.reduce((sum, l) => sum + l.length + 1, 0) / 1e6) * 100) / 100,
        totalMs: Math.round(totalMs),
        startupMs: Math.round(firstOutput - started),
        steadyMs: Math.round(steadyMs),
        perSecondTotal: Math.round((lines.length / totalMs) * 1000),
        perSecondSteady: Math.round(((lines.length - 1) / steadyMs) * 1000),
      });
    });
    child.stdin.end(lines.join('\n') + '\n');
  });
}

async function main(): Promise<void> {
  const results: Result[] = [];
  const corpus = await corpusLines();
  if (corpus) results.push(await run('corpus (cycled)', Array.from({ length: count }, (_, i) => corpus[i % corpus.length]!)));
  else console.log('corpus not found: synthetic records only');
  results.push(await run('synthetic', Array.from({ length: count }, (_, i) => synthetic(i))));
  console.table(Object.fromEntries(results.map((r) => [r.source, { records: r.records, 'input MB': r.inputMB, 'total ms': r.totalMs, 'startup ms': r.startupMs, 'msg/s (total)': r.perSecondTotal, 'msg/s (steady)': r.perSecondSteady }])));
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  const out = new URL('./results/scan.json', import.meta.url);
  await writeFile(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2) + '\n');
  console.log(`wrote ${fileURLToPath(out)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
