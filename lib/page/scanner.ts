import type { CountryCode } from 'libphonenumber-js/min';
import type { NumberVerdict } from '../detect/verdict';
import { findNumbersInTexts } from '../phone/find';
import { MAX_BATCH, MAX_FIND_CHARS, MAX_FIND_TEXTS } from '../messaging';
import { Backoff, DEFAULT_BACKOFF, SLOWER_DELAYS_MS, type BackoffOptions } from './backoff';
import { ChangeQueue } from './change-queue';
import { windowsUnder, type DomHit } from './find-in-dom';
import { Lookups } from './lookups';
import { NavigationWatch } from './navigation';
import { Slicer } from './slicer';
import { placeMarker } from './place-marker';
import { Searches, type FindNumbers } from './searches';
import { MARKER_TAG, PAUSE } from './text-blocks';

export interface ScannerDeps {
  region: CountryCode;
  /**
   * Finds the numbers in up to MAX_FIND_TEXTS texts. The extension asks its
   * background, so that parsing runs off the page's main thread; without it
   * they are found here.
   */
  findNumbers?: FindNumbers;
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
  /** When to scan changes less often, then not at all (see `Backoff`). */
  backoff?: Partial<Omit<BackoffOptions, 'delaysMs'>>;
  now?: () => number;
}

/** Hits found this long ago are looked up even if their batch is not full, so that marks appear as a long scan goes. */
const FLUSH_MS = 200;
/**
 * Blocks read between two looks at the clock (besides the walk's own pauses,
 * every few hundred nodes): reading a block with digits costs microseconds,
 * about what a look at the clock costs in a content script.
 */
const CLOCK_EVERY = 8;

/**
 * Finds phone numbers in a page, asks the background about them, and marks the
 * flagged ones. The first scan covers the whole page; after that only added or
 * changed nodes are scanned. All of it runs in short slices between which the
 * page gets the main thread back.
 */
export class PageScanner {
  private readonly markers = new Set<HTMLElement>();
  /** Text nodes created by splitting page text for a marker; their insertion is not a page change. */
  private readonly ownNodes = new WeakSet<Node>();
  /** Text nodes split for markers since the last look at the observer; the split itself is not a page change. */
  private readonly splitNodes = new Set<Node>();
  private readonly now: () => number;
  private readonly backoff: Backoff;
  private root: Node | undefined;
  private changes: ChangeQueue | undefined;
  private observer: MutationObserver | undefined;
  private watching: AbortController | undefined;
  private navigation: NavigationWatch | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  private busy = false;
  private told = false;
  /** Bumped by `stop()` so a scan waiting on a lookup does not mark a page it no longer owns. */
  private epoch = 0;
  /** The numbers in texts, found by the background (see `ScannerDeps.findNumbers`) or here. */
  private readonly findNumbers: FindNumbers;

  constructor(private readonly deps: ScannerDeps) {
    this.findNumbers = deps.findNumbers ?? (async (texts) => findNumbersInTexts(texts, deps.region));
    this.now = deps.now ?? (() => performance.now());
    this.backoff = new Backoff({ ...DEFAULT_BACKOFF, ...deps.backoff, delaysMs: [deps.settleMs ?? 150, ...SLOWER_DELAYS_MS] }, this.now);
    deps.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Scans `root` now and then watches it for changes. */
  start(root: Node): Promise<void> {
    if (this.deps.signal.aborted) return Promise.resolve();
    this.root = root;
    this.changes = new ChangeQueue(root, (node) => this.ownNodes.has(node) || (node.nodeType === 1 && (node as Element).localName.startsWith('hangup-')));
    this.watching = new AbortController();
    const view = (root.ownerDocument ?? (root as Document)).defaultView;
    if (view) this.navigation = new NavigationWatch(view, () => this.navigated(), this.watching.signal);
    this.observe();
    return this.schedule([root], true);
  }

  /** Resolves when every queued scan has finished. */
  idle(): Promise<void> {
    return this.running;
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.watching?.abort();
    this.watching = undefined;
    this.navigation = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.changes?.clear();
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

  private observe(): void {
    const root = this.root!;
    const view = (root.ownerDocument ?? (root as Document)).defaultView;
    const Observer = view?.MutationObserver ?? MutationObserver;
    this.observer = new Observer((records) => this.queue(records));
    // `href` alone: a link whose target changes to `tel:` is a new number; other attributes are noise.
    this.observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href'] });
  }

  private queue(records: MutationRecord[]): void {
    if (!this.changes) return;
    const start = this.now();
    const count = this.changes.add(records);
    this.navigation?.check();
    this.backoff.charge(this.now() - start, count);
    if (this.backoff.stopped()) this.giveUp();
    else this.arm();
  }

  /** Sets the timer for a scan of queued changes, at the pace the back-off allows. */
  private arm(): void {
    if (this.timer || this.busy || !this.changes?.size) return;
    const delay = this.backoff.delay();
    if (delay === undefined) return this.giveUp();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.changes?.size) void this.schedule(this.changes.take(), false);
    }, delay);
  }

  /** The page keeps changing and never shows a number: stop watching it until it navigates. */
  private giveUp(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.changes?.clear();
    if (!this.told) console.info('Hangup: this page keeps changing without showing any phone number, so its changes are no longer scanned (until it navigates).');
    this.told = true;
  }

  private navigated(): void {
    for (const marker of this.markers) if (!marker.isConnected) this.markers.delete(marker);
    const wasIdle = !this.observer;
    this.backoff.renew();
    if (!wasIdle || !this.root || this.deps.signal.aborted || !this.watching) return;
    // Changes went unseen while the page was not watched: read it again, then watch it.
    this.observe();
    void this.schedule([this.root], false);
  }

  private schedule(roots: Iterable<Node | typeof PAUSE>, initial: boolean): Promise<void> {
    const epoch = this.epoch;
    this.running = this.running
      .then(async () => {
        this.busy = true;
        try {
          await this.scan(roots, epoch, initial);
        } finally {
          this.busy = false;
        }
        if (epoch === this.epoch) this.arm();
      })
      .catch((error) => console.error('Hangup: scan failed', error));
    return this.running;
  }

  private async scan(roots: Iterable<Node | typeof PAUSE>, epoch: number, initial: boolean): Promise<void> {
    const halted = () => this.deps.signal.aborted || epoch !== this.epoch;
    if (halted()) return;
    for (const marker of this.markers) if (!marker.isConnected) this.markers.delete(marker);
    const slicer = new Slicer(this.deps.sliceMs ?? 8, this.now);
    const searches = new Searches(this.findNumbers, { texts: MAX_FIND_TEXTS, chars: MAX_FIND_CHARS });
    const lookups = new Lookups(this.deps.lookup, MAX_BATCH, this.now);
    let found = 0;
    const look = (hits: DomHit[]) => {
      lookups.push(hits);
      found += hits.length;
    };
    let unclocked = 0;
    // The markers this scan places or finds in place, and the parts of the page it reads (see dropUnconfirmed).
    const confirmed = new Set<HTMLElement>();
    const scanned: Node[] = [];
    for (const step of windowsUnder(recorded(roots, scanned), this.deps.region)) {
      if (step !== PAUSE) {
        if (Array.isArray(step)) look(step);
        else searches.push(step);
        if (++unclocked < CLOCK_EVERY) continue;
      }
      unclocked = 0;
      const at = this.now();
      lookups.sendIfOlder(FLUSH_MS, at);
      if (!slicer.due(at)) continue;
      // The background searches while the page has the thread.
      searches.send();
      // Answers and verdicts arrive only while the scan waits: their hits are marked first, slice by slice.
      do {
        await slicer.pause();
        if (halted()) return;
        for (const hits of searches.take()) look(hits);
        lookups.sendIfOlder(FLUSH_MS, this.now());
      } while (!this.markReady(lookups, slicer, confirmed));
    }
    searches.send();
    while (searches.pending()) {
      for (const hits of searches.take()) look(hits);
      lookups.sendIfOlder(FLUSH_MS, this.now());
      if (!this.markReady(lookups, slicer, confirmed)) await slicer.pause();
      else if (searches.pending()) await slicer.wait(searches.settled());
      if (halted()) return;
    }
    lookups.send();
    while (lookups.pending()) {
      if (this.markReady(lookups, slicer, confirmed)) await slicer.wait(lookups.settled());
      else await slicer.pause();
      if (halted()) return;
    }
    if (!initial) this.dropUnconfirmed(scanned, confirmed);
    if (found > 0) this.backoff.found();
    else if (!initial) this.backoff.charge(slicer.spent(), 0);
  }

  /**
   * After a rescan: the markers in the parts it read that no number found there
   * placed again go. The page rewrote or removed their number (a list row reused
   * for another message, a number edited in place), or its verdict is now none.
   */
  private dropUnconfirmed(scanned: readonly Node[], confirmed: ReadonlySet<HTMLElement>): void {
    if (scanned.length === 0) return;
    const roots = new Set(scanned);
    for (const marker of this.markers) {
      if (confirmed.has(marker) || !marker.isConnected || !coveredBy(marker, roots)) continue;
      marker.remove();
      this.markers.delete(marker);
    }
  }

  /** Marks the hits whose verdicts have arrived until the slice runs out; false if time ran out first. */
  private markReady(lookups: Lookups, slicer: Slicer, confirmed: Set<HTMLElement>): boolean {
    let marked = false;
    let finished = true;
    for (let item = lookups.take(); item; item = lookups.take()) {
      if (item.verdict && item.verdict.verdict !== 'none') {
        this.mark(item.hit, item.verdict, confirmed);
        marked = true;
        if (slicer.due()) {
          finished = false;
          break;
        }
      }
    }
    if (marked) this.forgetOwnChanges();
    return finished;
  }

  /** splitText() queues a characterData record; without this each marker would rescan its block. */
  private forgetOwnChanges(): void {
    const records = this.observer?.takeRecords() ?? [];
    const rest = records.filter((record) => !(record.type === 'characterData' && this.splitNodes.has(record.target)));
    this.splitNodes.clear();
    if (rest.length) this.queue(rest);
  }

  private mark(hit: DomHit, verdict: NumberVerdict, confirmed: Set<HTMLElement>): void {
    const placed = placeMarker(hit, verdict, this.deps.createMarker, (rest, split) => {
      this.ownNodes.add(rest);
      this.splitNodes.add(split);
    });
    // A marker found in place is this scanner's only if it placed it (another may have, before a reload).
    if (placed?.fresh) this.markers.add(placed.marker);
    if (placed) confirmed.add(placed.marker);
  }
}

/** `roots` as they are read, each node noted in `into`. */
function* recorded(roots: Iterable<Node | typeof PAUSE>, into: Node[]): Generator<Node | typeof PAUSE, void, undefined> {
  for (const root of roots) {
    if (root !== PAUSE) into.push(root);
    yield root;
  }
}

/**
 * True when `marker` lies in one of `roots`: under an element root, or right
 * after a text-node root (a changed text node in a block too big to read again
 * is read alone, and its markers follow it).
 */
function coveredBy(marker: HTMLElement, roots: ReadonlySet<Node>): boolean {
  let before = marker.previousSibling;
  while (before?.nodeType === 1 && (before as Element).tagName === MARKER_TAG) before = before.previousSibling;
  if (before && roots.has(before)) return true;
  for (let node = marker.parentNode; node; node = node.parentNode) if (roots.has(node)) return true;
  return false;
}
