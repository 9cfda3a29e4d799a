let channel: MessageChannel | undefined;
const waiting: Array<() => void> = [];

/**
 * Lets the page run (input, rendering, its own tasks) before work continues:
 * resolves in a new task, queued behind what the page has waiting.
 *
 * A MessageChannel message rather than `scheduler.yield()`: a yield's
 * continuation runs ahead of the page's other tasks, and on a page with
 * 10,000 numbers its timers then waited about 40 ms between slices instead of
 * 25 ms (test/e2e/pages/many-numbers.html in Chromium 156). A message is a
 * plain task without the 4 ms clamp of nested `setTimeout` calls.
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
      // Node (tests) would otherwise stay alive for the open port.
      (channel.port1 as { unref?: () => void }).unref?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/**
 * Work to a time budget: `due()` says when the current slice has used its
 * budget, `pause()` yields to the page and starts the next slice. Counts the
 * time spent working (not waiting) so that callers can tell what a job cost.
 */
export class Slicer {
  private sliceStart: number;
  private spentMs = 0;

  constructor(
    private readonly budgetMs: number,
    private readonly now: () => number,
  ) {
    this.sliceStart = now();
  }

  /** True once the slice has used its budget (at time `at`, read now if not given). */
  due(at = this.now()): boolean {
    return at - this.sliceStart >= this.budgetMs;
  }

  /** Ends the slice, lets the page run, and starts the next one. */
  async pause(): Promise<void> {
    await this.wait(yieldToPage());
  }

  /** Waits for `promise` outside any slice (a lookup), then starts a new slice. */
  async wait<T>(promise: Promise<T>): Promise<T> {
    this.spentMs += this.now() - this.sliceStart;
    try {
      return await promise;
    } finally {
      this.sliceStart = this.now();
    }
  }

  /** Working time so far, in ms. */
  spent(): number {
    return this.spentMs + (this.now() - this.sliceStart);
  }
}
