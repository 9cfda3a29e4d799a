import type { CountryCode } from 'libphonenumber-js/min';
import type { NumberVerdict } from '../detect/verdict';
import { MAX_BATCH } from '../messaging';
import { findInBlock, findTelLinks, type DomHit } from './find-in-dom';
import { collectTextBlocks, isInsideSkipped, MARKER_TAG } from './text-blocks';

export interface ScannerDeps {
  region: CountryCode;
  /** Verdicts for up to MAX_BATCH E.164 numbers. */
  lookup: (numbers: string[]) => Promise<NumberVerdict[]>;
  /** Builds the marker element shown after a flagged number. */
  createMarker: (verdict: NumberVerdict, raw: string) => HTMLElement;
  /** Stops all work when aborted. */
  signal: AbortSignal;
  /** Longest stretch of scanning before yielding to the page, in ms. */
  sliceMs?: number;
  /** Delay that gathers bursts of page changes into one scan, in ms. */
  settleMs?: number;
  now?: () => number;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Finds phone numbers in a page, asks the background about them, and marks the
 * flagged ones. The first scan covers the whole page; after that only added or
 * changed nodes are scanned, in batches.
 */
export class PageScanner {
  private readonly markers = new Set<HTMLElement>();
  private readonly pending = new Set<Node>();
  /** Text nodes created by splitting page text for a marker; their insertion is not a page change. */
  private readonly ownNodes = new WeakSet<Node>();
  /** Text nodes split for markers in the current pass; the split itself is not a page change. */
  private readonly splitNodes = new Set<Node>();
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  /** Bumped by `stop()` so a scan waiting on a lookup does not mark a page it no longer owns. */
  private epoch = 0;

  constructor(private readonly deps: ScannerDeps) {
    deps.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Scans `root` now and then watches it for changes. */
  start(root: Node): Promise<void> {
    if (this.deps.signal.aborted) return Promise.resolve();
    const view = (root.ownerDocument ?? (root as Document)).defaultView;
    const Observer = view?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.queue(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    return this.schedule([root]);
  }

  /** Resolves when every queued scan has finished. */
  idle(): Promise<void> {
    return this.running;
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.epoch++;
  }

  /** Stops and removes every marker. */
  clear(): void {
    this.stop();
    for (const marker of this.markers) marker.remove();
    this.markers.clear();
  }

  markerCount(): number {
    return this.markers.size;
  }

  private queue(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') this.pending.add(record.target.parentNode ?? record.target);
      for (const node of record.addedNodes) {
        if (this.ownNodes.has(node) || (node.nodeType === 1 && (node as Element).tagName === MARKER_TAG)) continue;
        if (node.nodeType === 1 || node.nodeType === 3) this.pending.add(node.nodeType === 3 ? (node.parentNode ?? node) : node);
      }
    }
    if (this.pending.size === 0 || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const roots = [...this.pending].filter((node) => node.isConnected && !isInsideSkipped(node));
      this.pending.clear();
      // A root inside another queued root is covered by it.
      const outer = roots.filter((node) => !roots.some((other) => other !== node && other.contains(node)));
      void this.schedule(outer);
    }, this.deps.settleMs ?? 150);
  }

  private schedule(roots: Node[]): Promise<void> {
    this.running = this.running.then(() => this.scan(roots)).catch((error) => console.error('Hangup: scan failed', error));
    return this.running;
  }

  private async scan(roots: Node[]): Promise<void> {
    const { region, signal } = this.deps;
    const now = this.deps.now ?? (() => performance.now());
    const sliceMs = this.deps.sliceMs ?? 8;
    const epoch = this.epoch;
    const halted = () => signal.aborted || epoch !== this.epoch;
    const hits: DomHit[] = [];
    let sliceStart = now();
    for (const root of roots) {
      for (const block of collectTextBlocks(root)) {
        if (halted()) return;
        hits.push(...findInBlock(block, region));
        if (now() - sliceStart > sliceMs) {
          await yieldToPage();
          sliceStart = now();
        }
      }
      if (root.nodeType === 1 || root.nodeType === 9) hits.push(...findTelLinks(root as ParentNode, region));
    }
    if (hits.length === 0 || halted()) return;
    const unique = [...new Set(hits.map((hit) => hit.e164))];
    const verdicts = new Map<string, NumberVerdict>();
    for (let i = 0; i < unique.length; i += MAX_BATCH) {
      for (const verdict of await this.deps.lookup(unique.slice(i, i + MAX_BATCH))) verdicts.set(verdict.e164, verdict);
      if (halted()) return;
    }
    // Last first: splitting a text node after a later number keeps the offsets of earlier ones valid.
    for (const hit of hits.reverse()) {
      const verdict = verdicts.get(hit.e164);
      if (verdict && verdict.verdict !== 'none') this.mark(hit, verdict);
    }
    // splitText() queues a characterData record; without this each marker would rescan its block.
    const records = this.observer?.takeRecords() ?? [];
    this.queue(records.filter((record) => !(record.type === 'characterData' && this.splitNodes.has(record.target))));
    this.splitNodes.clear();
  }

  /** Inserts a marker after the number, unless one for it is already there. */
  private mark(hit: DomHit, verdict: NumberVerdict): void {
    let anchor: Node;
    if ('node' in hit.after) {
      const { node, offset } = hit.after;
      if (!node.isConnected) return;
      if (offset < node.data.length) {
        this.ownNodes.add(node.splitText(offset));
        this.splitNodes.add(node);
      }
      anchor = node;
      // Keep the marker out of links so a click on it never follows the link.
      const link = anchor.parentElement?.closest('a');
      if (link) anchor = link;
    } else {
      anchor = hit.after;
    }
    const next = anchor.nextSibling;
    // A link holding several numbers is followed by a run of markers, one per number.
    for (let sibling = next; sibling?.nodeType === 1 && (sibling as Element).tagName === MARKER_TAG; sibling = sibling.nextSibling) {
      if ((sibling as Element).getAttribute('data-e164') === hit.e164) return;
    }
    const marker = this.deps.createMarker(verdict, hit.raw);
    marker.setAttribute('data-e164', hit.e164);
    marker.setAttribute('data-verdict', verdict.verdict);
    anchor.parentNode?.insertBefore(marker, next);
    this.markers.add(marker);
  }
}
