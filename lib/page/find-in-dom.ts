import type { CountryCode } from 'libphonenumber-js/min';
import type { NumberVerdict } from '../detect/verdict';
import { findPhoneNumbers, searchStart } from '../phone/find';
import { parseTypedNumber } from '../phone/parse';
import { skippedAround, walkDigitBlocks, type DigitBlock } from './digit-blocks';
import { isInsideSkipped, PAUSE, pointAt, walkTextBlocks, type DomPoint, type TextBlock } from './text-blocks';

/** A phone number found in the page, and where its marker goes. */
export interface DomHit {
  e164: string;
  /** As written on the page (or the `tel:` target). */
  raw: string;
  /** The marker is inserted right after this point. */
  after: DomPoint | Element;
  /** The number's verdict when the search looked it up as it found it (null: nothing to show); else it is still to be asked. */
  verdict?: NumberVerdict | null;
}

/**
 * A block's text is searched in windows of this many characters, so that one
 * huge block (a plain-text page, a log in a `<pre>`) never costs one long task.
 */
const WINDOW = 2048;
/** Read before a window for the words that introduce a number ("ref", "call"). */
const LOOKBEHIND = 128;
/** Read past a window so that a number starting inside it is read whole. */
const OVERLAP = 256;

/** Phone numbers in one text block, each tied to the DOM point where it ends. */
export function findInBlock(block: TextBlock, region: CountryCode): DomHit[] {
  const hits: DomHit[] = [];
  for (const part of findInBlockSteps(block, region)) hits.push(...part);
  return hits;
}

/** `findInBlock` one window at a time; a caller may pause between steps. */
export function* findInBlockSteps(block: TextBlock, region: CountryCode): Generator<DomHit[], void, undefined> {
  for (let from = 0; ; from += WINDOW) {
    yield hitsFoundIn(windowAt(block, from), region);
    if (isLastWindow(block, from)) return;
  }
}

/** True when the window of `block` starting at `from` reads the block to its end. */
function isLastWindow(block: TextBlock, from: number): boolean {
  return from + WINDOW + OVERLAP >= block.text.length;
}

/** A stretch of a block's text searched on its own (see WINDOW), and where it sits in the block. */
export interface BlockWindow<B extends TextBlock = TextBlock> {
  block: B;
  /** The window's own part of the block's text starts here; a number starting elsewhere is another window's. */
  from: number;
  /** Where `text` starts in the block's text: before `from` by the look-behind. */
  base: number;
  text: string;
  /** True for the block's last window. */
  last: boolean;
}

/** Where a number was found in a window's text (a `PhoneMatch` as it crosses from the background). */
export interface TextMatch {
  start: number;
  end: number;
  raw: string;
  e164: string;
  /** See `DomHit.verdict`: the background's search looks numbers up as it finds them. */
  verdict?: NumberVerdict | null;
}

/**
 * The window of `block` whose own part starts at `from`. The first window
 * leaves out the text well before the block's first digit, which no search
 * reads (see `searchStart`): a block's leading prose is not sent to be searched.
 */
export function windowAt<B extends TextBlock>(block: B, from: number): BlockWindow<B> {
  const { text } = block;
  const last = isLastWindow(block, from);
  let base = Math.max(0, from - LOOKBEHIND);
  if (from === 0) {
    const start = searchStart(text);
    if (last || start < WINDOW) base = start;
  }
  return { block, from, base, last, text: base === 0 && last ? text : text.slice(base, last ? text.length : from + WINDOW + OVERLAP) };
}

/** The numbers of `matches` (found in `window.text`) that start in the window's own part, each tied to its DOM point. */
export function hitsOf(window: BlockWindow, matches: readonly TextMatch[]): DomHit[] {
  const hits: DomHit[] = [];
  for (const match of matches) {
    const start = window.base + match.start;
    // Each number belongs to the window it starts in.
    if (start < window.from || (!window.last && start >= window.from + WINDOW)) continue;
    const end = pointAt(window.block, window.base + match.end, true);
    if (end) hits.push(match.verdict === undefined ? { e164: match.e164, raw: match.raw, after: end } : { e164: match.e164, raw: match.raw, after: end, verdict: match.verdict });
  }
  return hits;
}

/** The numbers starting in `window`, found here. */
function hitsFoundIn(window: BlockWindow, region: CountryCode): DomHit[] {
  return hitsOf(window, findPhoneNumbers(window.text, region));
}

/**
 * Every number under `roots`, found a little at a time. Yields the hits of
 * each block once the whole block is read (marking splits text nodes, so a
 * block's hits are marked together, last first), the hits of `tel:` links,
 * and `PAUSE` after other blocks, every few hundred nodes, and between the
 * windows of a long block: the caller checks its clock at each yield and may
 * stop there for a while.
 */
export function* findUnder(roots: Iterable<Node | typeof PAUSE>, region: CountryCode): Generator<DomHit[] | typeof PAUSE, void, undefined> {
  let hits: DomHit[] = [];
  for (const step of windowsUnder(roots, region)) {
    if (step === PAUSE || Array.isArray(step)) {
      yield step;
      continue;
    }
    const found = hitsFoundIn(step, region);
    if (found.length) hits = hits.concat(found);
    if (!step.last) continue;
    // Only a block with a number is worth the look up the tree (see walkDigitBlocks).
    if (hits.length && skippedAround(step.block)) hits = [];
    // A block can cost tens of microseconds to read even when it holds no number: a chance to pause after each.
    yield hits.length ? hits : PAUSE;
    hits = [];
  }
}

/**
 * What `findUnder` reads, for a caller that has the numbers found elsewhere
 * (the background, off the page's thread): the windows of every block with
 * digits enough for a number (see `walkDigitBlocks`), in document order, the
 * hits of `tel:` links, and `PAUSE` every few hundred nodes and between the
 * windows of a long block. The caller looks up the tree of a block only once a
 * number is found in it (see `skippedAround`): the walk goes on into an editor
 * or form field it cannot know of yet, and such a block's numbers are dropped.
 */
export function* windowsUnder(roots: Iterable<Node | typeof PAUSE>, region: CountryCode): Generator<BlockWindow<DigitBlock> | DomHit[] | typeof PAUSE, void, undefined> {
  for (const root of roots) {
    if (root === PAUSE) {
      yield PAUSE;
      continue;
    }
    for (const block of walkDigitBlocks(root)) {
      if (block === PAUSE) {
        yield PAUSE;
        continue;
      }
      // Most blocks are one window: no generator of windows for them.
      let window = windowAt(block, 0);
      yield window;
      for (let from = WINDOW; !window.last; from += WINDOW) {
        yield PAUSE;
        window = windowAt(block, from);
        yield window;
      }
    }
    yield* telLinksUnder(root, region);
  }
}

/** Links looked at between two chances to pause. */
const LINKS_PER_PAUSE = 256;

/** The `tel:` links, found inside the browser: a selector query passes over the page's other links without a wrapper for each. */
const TEL_LINKS = 'a[href^="tel:" i]';

/** The hits of the `tel:` links under `root` (and `root` itself), outside skipped elements. */
function* telLinksUnder(root: Node, region: CountryCode): Generator<DomHit[] | typeof PAUSE, void, undefined> {
  if (root.nodeType !== 1 && root.nodeType !== 9) return;
  const links = (root as Element | Document).querySelectorAll(TEL_LINKS);
  const hits: DomHit[] = [];
  const look = (link: Element) => {
    const hit = isInsideSkipped(link) ? undefined : telLinkHit(link, region);
    if (hit) hits.push(hit);
  };
  if (root.nodeType === 1 && (root as Element).matches(TEL_LINKS)) look(root as Element);
  for (let i = 0; i < links.length; i++) {
    look(links[i]!);
    if ((i + 1) % LINKS_PER_PAUSE === 0) yield hits.length ? hits.splice(0) : PAUSE;
  }
  if (hits.length) yield hits;
}

/** Numbers behind `tel:` links whose visible text does not show them (icons, "Call us"). */
export function findTelLinks(root: ParentNode, region: CountryCode): DomHit[] {
  const hits: DomHit[] = [];
  // A link added on its own after load is the root of its rescan; the walk sees the root too.
  const walk = walkTextBlocks(root as Node, (link) => {
    const hit = telLinkHit(link, region);
    if (hit) hits.push(hit);
  });
  while (!walk.next().done);
  return hits;
}

/** The decoded target of a `tel:` link; undefined for another link or a target that does not decode. */
export function telTarget(link: Element): string | undefined {
  const href = link.getAttribute('href');
  if (!href || !/^tel:/i.test(href)) return undefined;
  try {
    return decodeURIComponent(href.slice(4));
  } catch {
    return undefined;
  }
}

/** The number behind one `tel:` link, unless the link's text already shows it. */
export function telLinkHit(link: Element, region: CountryCode): DomHit | undefined {
  const target = telTarget(link);
  if (target === undefined) return undefined;
  const parsed = parseTypedNumber(target, region);
  if (!parsed.ok) return undefined;
  const shown = findPhoneNumbers(link.textContent ?? '', region).some((match) => match.e164 === parsed.e164);
  // Carried as E.164: the target is page-controlled and may carry other text (the marker formats it).
  return shown ? undefined : { e164: parsed.e164, raw: parsed.e164, after: link };
}
