import { MessageError } from '../messaging';
import { skippedAround, type DigitBlock } from './digit-blocks';
import { hitsOf, type BlockWindow, type DomHit, type TextMatch } from './find-in-dom';

/** Finds the numbers in each text (the background's `findNumbers`): one list of matches per text, in order. */
export type FindNumbers = (texts: string[]) => Promise<TextMatch[][]>;

/** Most texts in one request, and most characters (with MAX_FIND_TEXTS and MAX_FIND_CHARS in lib/messaging). */
export interface SearchLimits {
  texts: number;
  chars: number;
}

interface Pending {
  block: DigitBlock;
  windows: BlockWindow<DigitBlock>[];
  /** Matches per window, once its request is answered (empty if it failed). */
  answers: Array<TextMatch[] | undefined>;
  /** The block's last window is in. */
  closed: boolean;
}

/** True once the block's last window is in and every window has its answer. */
function isAnswered(pending: Pending): boolean {
  if (!pending.closed) return false;
  for (const answer of pending.answers) if (answer === undefined) return false;
  return true;
}

/**
 * The number searches of one scan: block windows gathered into requests (at
 * most `limits` each), sent while the walk goes on, and their hits handed back
 * whole block by whole block, in document order, once every window of a block
 * is answered. A block's hits go to the marking together: marking splits text
 * nodes, and the hits of a block are marked last first so that earlier offsets
 * stay valid.
 */
export class Searches {
  private readonly queue: Pending[] = [];
  private unsent: Array<{ pending: Pending; index: number }> = [];
  private unsentChars = 0;
  /** The requests in flight, oldest first, each settling once its answers are in. */
  private readonly requests: Array<Promise<void>> = [];

  constructor(
    private readonly find: FindNumbers,
    private readonly limits: SearchLimits,
  ) {}

  /** Adds a window; sends what is gathered once a request is full. */
  push(window: BlockWindow<DigitBlock>): void {
    let pending = this.queue[this.queue.length - 1];
    if (!pending || pending.closed || pending.block !== window.block) {
      pending = { block: window.block, windows: [], answers: [], closed: false };
      this.queue.push(pending);
    }
    pending.windows.push(window);
    pending.answers.push(undefined);
    pending.closed = window.last;
    if (this.unsent.length >= this.limits.texts || this.unsentChars + window.text.length > this.limits.chars) this.send();
    this.unsent.push({ pending, index: pending.windows.length - 1 });
    this.unsentChars += window.text.length;
  }

  /** Sends the gathered windows as one request. */
  send(): void {
    if (this.unsent.length === 0) return;
    const parts = this.unsent;
    this.unsent = [];
    this.unsentChars = 0;
    const request: Promise<void> = this.ask(parts.map(({ pending, index }) => pending.windows[index]!.text)).then((answers) => {
      parts.forEach(({ pending, index }, at) => (pending.answers[index] = answers[at] ?? []));
      this.requests.splice(this.requests.indexOf(request), 1);
    });
    this.requests.push(request);
  }

  /** True while some block's hits have not been handed out. */
  pending(): boolean {
    return this.queue.length > 0;
  }

  /** Resolves when the oldest request in flight is answered. */
  settled(): Promise<void> {
    return this.requests[0] ?? Promise.resolve();
  }

  /** The hits of the blocks answered so far, a whole block at a time, in document order; blocks without numbers are passed over. */
  *take(): Generator<DomHit[], void, undefined> {
    while (this.queue.length > 0 && isAnswered(this.queue[0]!)) {
      const { block, windows, answers } = this.queue.shift()!;
      let hits: DomHit[] = [];
      for (let i = 0; i < windows.length; i++) if (answers[i]!.length) hits = hits.concat(hitsOf(windows[i]!, answers[i]!));
      // Only a block with a number is worth the look up the tree (see walkDigitBlocks).
      if (hits.length && !skippedAround(block)) yield hits;
    }
  }

  private async ask(texts: string[]): Promise<TextMatch[][]> {
    try {
      return await this.find(texts);
    } catch (error) {
      // Escaped as JSON, text full of quotes or control characters can make a request too large: ask in halves.
      if (texts.length > 1 && error instanceof MessageError && error.code === 'too-large') {
        const half = texts.length >> 1;
        const [first, second] = await Promise.all([this.ask(texts.slice(0, half)), this.ask(texts.slice(half))]);
        return [...first, ...second];
      }
      // The numbers of a failed search stay unmarked; later changes are still scanned.
      console.error('Hangup: scan failed', error);
      return texts.map(() => []);
    }
  }
}
