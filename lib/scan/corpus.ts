/**
 * Scoring the scanner against a labelled corpus (one JSON message a line with
 * a `label`): shared by `npm run eval` and the corpus test.
 */
import { readFile } from 'node:fs/promises';
import { indexFeeds, readBundledFeed } from './lists';
import { scanContext, scanMessage, type ScanContext } from './scanner';

export interface CorpusMessage {
  id: string;
  label: string;
  subject: string;
  from: string;
  text: string;
  html: string;
}

export interface Row {
  id: string;
  label: string;
  verdict: string;
  score: number;
  vendor: string | null;
  reasons: string[];
}

export interface CorpusReport {
  corpus: string;
  half?: 'a' | 'b';
  figures: {
    scams: number;
    caught: number;
    recall: number;
    legit: number;
    falseAlarms: number;
    falsePositiveRate: number;
    other: number;
    otherFlagged: number;
    otherRate: number;
  };
  misses: Row[];
  falseAlarms: Row[];
  otherFlagged: Row[];
  rows: Row[];
}

export async function loadCorpus(path: string): Promise<CorpusMessage[]> {
  const lines = (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim());
  return lines.map((line) => {
    const m = JSON.parse(line) as Partial<CorpusMessage>;
    return { id: String(m.id), label: String(m.label), subject: m.subject ?? '', from: m.from ?? '', text: m.text ?? '', html: m.html ?? '' };
  });
}

/**
 * A stable split of the corpus into two halves by id, for checking that a rule
 * tuned on one half holds on the other.
 */
export function halfOf(id: string): 'a' | 'b' {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 2 === 0 ? 'a' : 'b';
}

/** Phone numbers in reasons are masked: the corpus holds third parties' contact details. */
export function mask(reason: string): string {
  return reason.replace(/\+?\d[\d\s().\-]{5,}\d/g, '<number>');
}

/** The bundled lists, with numbers read as in the US (where most callback scams call from). */
export async function defaultContext(): Promise<ScanContext> {
  return scanContext(indexFeeds([await readBundledFeed()]), 'US');
}

const flagged = (verdict: string) => verdict === 'scam' || verdict === 'suspicious';

export function evaluateCorpus(all: readonly CorpusMessage[], options: { corpus: string; context: ScanContext; half?: 'a' | 'b' }): CorpusReport {
  const { context } = options;
  const messages = options.half ? all.filter((m) => halfOf(m.id) === options.half) : all;
  const rows: Row[] = messages.map((m) => {
    const v = scanMessage({ id: m.id, subject: m.subject, from: m.from, text: m.text, html: m.html }, context);
    return { id: m.id, label: m.label, verdict: v.verdict, score: v.score, vendor: v.vendor?.name ?? null, reasons: v.reasons.map(mask) };
  });
  const of = (label: string) => rows.filter((r) => r.label === label);
  const scams = of('callback-scam');
  const legit = of('legit');
  const other = of('other-phish');
  const misses = scams.filter((r) => !flagged(r.verdict));
  const falseAlarms = legit.filter((r) => flagged(r.verdict));
  const otherFlagged = other.filter((r) => flagged(r.verdict));
  const rate = (n: number, d: number) => (d === 0 ? 0 : n / d);
  return {
    corpus: options.corpus,
    ...(options.half ? { half: options.half } : {}),
    figures: {
      scams: scams.length,
      caught: scams.length - misses.length,
      recall: rate(scams.length - misses.length, scams.length),
      legit: legit.length,
      falseAlarms: falseAlarms.length,
      falsePositiveRate: rate(falseAlarms.length, legit.length),
      other: other.length,
      otherFlagged: otherFlagged.length,
      otherRate: rate(otherFlagged.length, other.length),
    },
    misses,
    falseAlarms,
    otherFlagged,
    rows,
  };
}
