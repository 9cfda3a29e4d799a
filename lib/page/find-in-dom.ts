import type { CountryCode } from 'libphonenumber-js/min';
import { findPhoneNumbers } from '../phone/find';
import { parseTypedNumber } from '../phone/parse';
import { skippedAround, walkDigitBlocks } from './digit-blocks';
import { isInsideSkipped, PAUSE, pointAt, walkTextBlocks, type DomPoint, type TextBlock } from './text-blocks';

/** A phone number found in the page, and where its marker goes. */
export interface DomHit {
  e164: string;
  /** As written on the page (or the `tel:` target). */
  raw: string;
  /** The marker is inserted right after this point. */
  after: DomPoint | Element;
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
  const { text } = block;
  for (let from = 0; from < text.length; from += WINDOW) {
    const last = from + WINDOW + OVERLAP >= text.length;
    const base = Math.max(0, from - LOOKBEHIND);
    const window = base === 0 && last ? text : text.slice(base, last ? text.length : from + WINDOW + OVERLAP);
    const hits: DomHit[] = [];
    for (const match of findPhoneNumbers(window, region)) {
      const start = base + match.start;
      // Each number belongs to the window it starts in.
      if (start < from || (!last && start >= from + WINDOW)) continue;
      const end = pointAt(block, base + match.end, true);
      if (end) hits.push({ e164: match.e164, raw: match.raw, after: end });
    }
    yield hits;
    if (last) return;
  }
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
  for (const root of roots) {
    if (root === PAUSE) {
      yield PAUSE;
      continue;
    }
    const walk = walkDigitBlocks(root);
    /** The skipped element the last block turned out to be in, for the walk to go on after. */
    let skipped: Element | null = null;
    for (let step = walk.next(); !step.done; step = walk.next(skipped)) {
      const block = step.value;
      skipped = null;
      if (block === PAUSE) {
        yield PAUSE;
        continue;
      }
      let hits: DomHit[] = [];
      let windows = 0;
      for (const part of findInBlockSteps(block, region)) {
        if (windows++ > 0) yield PAUSE;
        hits.push(...part);
      }
      // Only a block with a number is worth the look up the tree (see walkDigitBlocks).
      if (hits.length && (skipped = skippedAround(block))) hits = [];
      // A block can cost tens of microseconds to read even when it holds no number: a chance to pause after each.
      yield hits.length ? hits : PAUSE;
    }
    yield* telLinksUnder(root, region);
  }
}

/** Links looked at between two chances to pause. */
const LINKS_PER_PAUSE = 256;

/** The hits of the `tel:` links under `root` (and `root` itself), outside skipped elements. */
function* telLinksUnder(root: Node, region: CountryCode): Generator<DomHit[] | typeof PAUSE, void, undefined> {
  if (root.nodeType !== 1 && root.nodeType !== 9) return;
  // A live collection is read one item at a time, so a page with many links can be paused in.
  const links = (root as Element | Document).getElementsByTagName('a');
  const hits: DomHit[] = [];
  const look = (link: Element) => {
    const hit = /^tel:/i.test(link.getAttribute('href') ?? '') && !isInsideSkipped(link) ? telLinkHit(link, region) : undefined;
    if (hit) hits.push(hit);
  };
  if ((root as Element).localName === 'a') look(root as Element);
  for (let i = 0, link = links[0]; link; link = links[++i]) {
    look(link);
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

/** The number behind one `tel:` link, unless the link's text already shows it. */
export function telLinkHit(link: Element, region: CountryCode): DomHit | undefined {
  const href = link.getAttribute('href');
  if (!href || !/^tel:/i.test(href)) return undefined;
  let target: string;
  try {
    target = decodeURIComponent(href.slice(4));
  } catch {
    return undefined;
  }
  const parsed = parseTypedNumber(target, region);
  if (!parsed.ok) return undefined;
  const shown = findPhoneNumbers(link.textContent ?? '', region).some((match) => match.e164 === parsed.e164);
  // Carried as E.164: the target is page-controlled and may carry other text (the marker formats it).
  return shown ? undefined : { e164: parsed.e164, raw: parsed.e164, after: link };
}
