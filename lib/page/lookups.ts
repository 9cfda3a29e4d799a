import type { NumberVerdict } from '../detect/verdict';
import type { DomHit } from './find-in-dom';

const KNOWN = Promise.resolve();

interface Batch {
  hits: DomHit[];
  /** Index of the next hit to hand out; hits go last first. */
  next: number;
  settled: Promise<void>;
  ready: boolean;
}

/**
 * The lookups of one scan. Hits are gathered into batches with at most `max`
 * numbers not asked about yet, sent while the scan goes on, and handed back
 * with their verdicts batch by batch, each batch's hits last first (marking
 * splits text nodes: marking a later number first keeps earlier offsets valid).
 * A number is asked about once per scan.
 */
export class Lookups {
  private readonly asked = new Map<string, Promise<void>>();
  private readonly verdicts = new Map<string, NumberVerdict>();
  private readonly batches: Batch[] = [];
  private gathering: DomHit[] = [];
  private fresh = new Set<string>();
  private gatheringSince = 0;

  constructor(
    private readonly lookup: (numbers: string[]) => Promise<NumberVerdict[]>,
    private readonly max: number,
    private readonly now: () => number,
  ) {}

  /**
   * Adds the hits of whole blocks; sends them once `max` new numbers are
   * waiting. A hit that comes with its verdict (see `DomHit.verdict`) needs no
   * asking: a batch of such hits is ready at once.
   */
  push(hits: DomHit[]): void {
    if (this.gathering.length === 0) this.gatheringSince = this.now();
    for (const hit of hits) {
      this.gathering.push(hit);
      if (hit.verdict !== undefined) this.know(hit.e164, hit.verdict);
      else if (!this.asked.has(hit.e164)) this.fresh.add(hit.e164);
    }
    // With nothing new to ask, waiting gains nothing.
    if (this.fresh.size >= this.max || this.fresh.size === 0) this.send();
  }

  private know(e164: string, verdict: NumberVerdict | null): void {
    if (verdict) this.verdicts.set(e164, verdict);
    if (this.asked.has(e164)) return;
    this.asked.set(e164, KNOWN);
    this.fresh.delete(e164);
  }

  /** Sends what is gathered if it has waited longer than `ms` at time `now`. */
  sendIfOlder(ms: number, now: number): void {
    if (this.gathering.length && now - this.gatheringSince > ms) this.send();
  }

  send(): void {
    if (this.gathering.length === 0) return;
    const fresh = [...this.fresh];
    for (let i = 0; i < fresh.length; i += this.max) {
      const chunk = fresh.slice(i, i + this.max);
      const answered = this.ask(chunk);
      for (const number of chunk) this.asked.set(number, answered);
    }
    const hits = this.gathering;
    const waits = new Set(hits.map((hit) => this.asked.get(hit.e164)));
    waits.delete(KNOWN);
    const batch: Batch = { hits, next: hits.length - 1, ready: waits.size === 0, settled: KNOWN };
    if (waits.size) {
      batch.settled = Promise.all(waits).then(() => {
        batch.ready = true;
      });
    }
    this.batches.push(batch);
    this.gathering = [];
    this.fresh = new Set();
  }

  /** True while some hit has not been handed out. */
  pending(): boolean {
    return this.batches.length > 0 || this.gathering.length > 0;
  }

  /** Resolves when the oldest batch has its verdicts. */
  settled(): Promise<void> {
    return this.batches[0]?.settled ?? Promise.resolve();
  }

  /** The next hit whose verdict has arrived (undefined when the number is unknown to the background), if any. */
  take(): { hit: DomHit; verdict: NumberVerdict | undefined } | undefined {
    const batch = this.batches[0];
    if (!batch?.ready) return undefined;
    const hit = batch.hits[batch.next--]!;
    if (batch.next < 0) this.batches.shift();
    return { hit, verdict: this.verdicts.get(hit.e164) };
  }

  private async ask(numbers: string[]): Promise<void> {
    try {
      for (const verdict of await this.lookup(numbers)) this.verdicts.set(verdict.e164, verdict);
    } catch (error) {
      // The hits of a failed lookup stay unmarked; later changes are still scanned.
      console.error('Hangup: scan failed', error);
    }
  }
}
