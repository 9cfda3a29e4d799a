/**
 * How often a page's changes are scanned. A page that keeps changing without
 * ever showing a phone number (tickers, games, dashboards, endless animations)
 * gets its changes scanned less and less often, then not at all; a page that
 * shows numbers, or a navigation to new content, brings it back to normal.
 */
export interface BackoffOptions {
  /** Settle delay before a scan of queued changes, per level; past the last level changes are ignored. */
  delaysMs: number[];
  /** Length of the window in which cost and changes are counted. */
  windowMs: number;
  /** Scanning time within one window, with nothing found, that moves to the next level. */
  costMs: number;
  /** Changed nodes within one window, with nothing found, that move to the next level. */
  changes: number;
}

/**
 * Tuned so that webmail stays at the first level: opening or receiving a
 * message changes tens of nodes and costs a few ms, and messages show numbers
 * often enough to reset the count. A storm of a thousand inserts a second
 * reaches the last level in about ten seconds.
 */
export const DEFAULT_BACKOFF: Omit<BackoffOptions, 'delaysMs'> = { windowMs: 10_000, costMs: 500, changes: 3_000 };
export const SLOWER_DELAYS_MS = [1_000, 4_000];

export class Backoff {
  private level = 0;
  private windowStart: number;
  private cost = 0;
  private changes = 0;

  constructor(
    private readonly options: BackoffOptions,
    private readonly now: () => number,
  ) {
    this.windowStart = now();
  }

  /** Settle delay before scanning queued changes, or undefined once changes are no longer scanned. */
  delay(): number | undefined {
    return this.options.delaysMs[this.level];
  }

  stopped(): boolean {
    return this.level >= this.options.delaysMs.length;
  }

  /** Counts work done on the page's changes (`changes` nodes, `costMs` of scanning). */
  charge(costMs: number, changes: number): void {
    const at = this.now();
    if (at - this.windowStart > this.options.windowMs) this.restartWindow(at);
    this.cost += costMs;
    this.changes += changes;
    if (!this.stopped() && (this.cost >= this.options.costMs || this.changes >= this.options.changes)) {
      this.level++;
      this.restartWindow(at);
    }
  }

  /** Numbers were found: the page is worth scanning promptly. */
  found(): void {
    this.level = 0;
    this.restartWindow(this.now());
  }

  /** New content (a navigation): back to normal speed, even if changes were being ignored. */
  renew(): void {
    this.level = 0;
    this.restartWindow(this.now());
  }

  private restartWindow(at: number): void {
    this.windowStart = at;
    this.cost = 0;
    this.changes = 0;
  }
}
