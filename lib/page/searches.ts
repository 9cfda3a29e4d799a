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

const NONE: readonly TextMatch[] = [];

/**
 * The number searches of one scan: block windows gathered into requests (at
 * most `limits` each), sent while the walk goes on, and their hits handed back
 * whole block by whole block, in document order, once every window of a block
 * is answered. A block's hits go to the marking together: marking splits text
 * nodes, and the hits of a block are marked last first so that earlier offsets
 * stay valid.
 *
 * The windows wait in one list, in page order (a block's windows one after
 * another), with their answers alongside: no object per block or request
 * entry, as a scan gathers hundreds of windows between two pauses.
 */
export class Searches {
  /** Windows not handed back yet from `head` on, in page order; `answers[i]` holds the matches of `windows[i]` once answered. */
  private windows: Array<BlockWindow<DigitBlock> | undefined> = [];
  private answers: Array<readonly TextMatch[] | undefined> = [];
  private head = 0;
  /** Index of the first window not sent yet, and the characters from there on. */
  private unsent = 0;
  private unsentChars = 0;
  /** Hits of the block being handed back, while its later windows wait for answers. */
  private carried: DomHit[] = [];
  /** The requests in flight, oldest first, each settling once its answers are in. */
  private readonly requests: Array<Promise<void>> = [];

  constructor(
    private readonly find: FindNumbers,
    private readonly limits: SearchLimits,
  ) {}

  /** Adds a window; sends what is gathered once a request is full. */
  push(window: BlockWindow<DigitBlock>): void {
    if (this.windows.length - this.unsent >= this.limits.texts || this.unsentChars + window.text.length > this.limits.chars) this.send();
    this.windows.push(window);
    this.answers.push(undefined);
    this.unsentChars += window.text.length;
  }

  /** Sends the gathered windows as one request. */
  send(): void {
    const from = this.unsent;
    const to = this.windows.length;
    if (from === to) return;
    const texts: string[] = [];
    for (let i = from; i < to; i++) texts.push(this.windows[i]!.text);
    this.unsent = to;
    this.unsentChars = 0;
    // A Searches serves one scan and its lists only grow: the indexes hold until the answer comes.
    const request: Promise<void> = this.ask(texts).then((found) => {
      for (let i = from; i < to; i++) this.answers[i] = found[i - from] ?? NONE;
      this.requests.splice(this.requests.indexOf(request), 1);
    });
    this.requests.push(request);
  }

  /** True while some block's hits have not been handed out. */
  pending(): boolean {
    return this.head < this.windows.length;
  }

  /** Resolves when the oldest request in flight is answered. */
  settled(): Promise<void> {
    return this.requests[0] ?? Promise.resolve();
  }

  /** The hits of the blocks answered so far, a whole block at a time, in document order; blocks without numbers are passed over. */
  *take(): Generator<DomHit[], void, undefined> {
    while (this.head < this.windows.length) {
      const answer = this.answers[this.head];
      if (answer === undefined) return;
      const window = this.windows[this.head]!;
      // Handed back: let the page's nodes and the matches go.
      this.windows[this.head] = undefined;
      this.answers[this.head++] = NONE;
      if (answer.length) this.carried = this.carried.concat(hitsOf(window, answer));
      if (!window.last) continue;
      const hits = this.carried;
      this.carried = [];
      // Only a block with a number is worth the look up the tree (see walkDigitBlocks).
      if (hits.length && !skippedAround(window.block)) yield hits;
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
