import { RARE_DIGITS } from '../phone/digits';
import { contextInside, DIGIT_LIKE, mayContainPhoneNumber } from '../phone/find';
import { breaksRun } from '../phone/runs';
import { isInline, isSkipped, PAUSE, SKIPPED_SELECTOR, walkTextBlocks, type TextBlock } from './text-blocks';

/** Text nodes visited between two chances for the caller to pause. */
const PAUSE_EVERY = 1024;
/** Times a walk goes back to a changed part of the page before it skips it. */
const MAX_RESTARTS = 8;
/**
 * Real digits a block needs before it is read: lib/phone finds no number with
 * fewer (four for a plain number, three for a vanity one such as 800-FLOWERS).
 */
const MIN_DIGITS = 3;

/**
 * A number ending this close to the end of its text node may go on in the next
 * one in letters (1-800-<b>FLOWERS</b>), which carry no digits to count.
 */
const RUN_ON = 3;

/** The digits lib/phone scans for besides ASCII (see SCAN_DIGITS in lib/phone/runs.ts), and every rarer decimal digit. */
const OTHER_DIGIT = new RegExp(`[\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f\\uff10-\\uff19\\u2460-\\u2793\\ud835\\ud83c-\\ud83e${RARE_DIGITS}]`);

/**
 * Characters allowed between two digits of one number across text nodes: more
 * than lib/phone allows between digits (letters posing as digits can sit in
 * between), less than the text between two dates in a message list.
 */
const LINK_GAP = 48;
/** `since` with no digit before: beyond any gap, and a small integer where Infinity was (the count stays an integer). */
const FAR = 1 << 20;

/**
 * The text blocks under `root` that can hold a phone number: those of
 * `walkTextBlocks`, minus blocks with too few digits, found far faster.
 *
 * A TreeWalker over text nodes does the traversal inside the browser, as a
 * bare read of the page's text would, and most text nodes (prose, names,
 * labels) cost one regular-expression test. Digits are counted along the text
 * in document order, in chains of digits close enough to be one number; only
 * when a chain reaches MIN_DIGITS is the block of its last node (its nearest
 * ancestor that is not an inline element) looked up, and read whole, once, if
 * its text can hold a number at all. A lone "Nov 24" or "3 new" costs nothing
 * more, and the elements around it get no wrapper objects in this world.
 *
 * Whether a block lies inside a skipped element (an editor, a form field, see
 * `isSkipped`) is for the caller to ask, and only of a block that holds a
 * number: most blocks with digits hold none (dates, order numbers), and a look
 * up the tree for each was 1.4 ms of the inbox benchmark's scan. Each block
 * carries the element to ask about (`within`, see `skippedAround`).
 */
export function* walkDigitBlocks(root: Node): Generator<DigitBlock | typeof PAUSE, void, undefined> {
  if (root.nodeType === 3) {
    // A changed text node in a block too big to read again: its own text, as before the change.
    if ((root as Text).data.search(DIGIT_LIKE) < 0) return;
    for (const block of walkTextBlocks(root)) yield block === PAUSE ? PAUSE : { ...block, within: root };
    return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 1 && (isSkipped(root as Element) || (root as Element).closest(SKIPPED_SELECTOR))) return;
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const read = new Set<Node>();
  /** Digits in the current chain, and characters since its last digit. */
  let chain = 0;
  let since = FAR;
  let seen = 0;
  let restarts = 0;
  /**
   * Where the walk was before the last pause, to find the way back if the page removes it: the node of the
   * block being read and that block (each without its siblings: an element looked at costs a wrapper in
   * this world), or the places from the last regular pause up.
   */
  let nearNode: Node | undefined;
  let nearBlock: Node | undefined;
  let trail: Place[] = [];
  /** After a pause: puts the walk back inside the root if the page moved its position away; false to give up. */
  const recover = (): boolean => {
    if (root.contains(walker.currentNode)) return true;
    const near: Place[] = nearNode && nearBlock ? [{ node: nearNode, next: null }, { node: nearBlock, next: null }] : [];
    for (const { node, next } of [...near, ...trail]) {
      // Still there: go through it again (blocks already read are skipped), unless it keeps changing.
      if (root.contains(node)) walker.currentNode = ++restarts <= MAX_RESTARTS ? node : lastDescendant(node);
      // Removed: carry on with what followed it.
      else if (next && root.contains(next)) walker.currentNode = next.previousSibling ? lastDescendant(next.previousSibling) : next.parentNode!;
      else continue;
      return true;
    }
    return false;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++seen % PAUSE_EVERY === 0) {
      nearNode = nearBlock = undefined;
      trail = placesOf(node, root, 12);
      yield PAUSE;
      if (!root.contains(node)) {
        if (recover()) continue;
        return;
      }
    }
    const data = (node as Text).data;
    // test() is the regular expression's fast path; most text has no digit at all.
    DIGIT_LIKE.lastIndex = 0;
    if (!DIGIT_LIKE.test(data)) {
      if (since < FAR) since += data.length;
      continue;
    }
    const first = DIGIT_LIKE.lastIndex - 1;
    const digits = countDigits(data, first);
    const last = lastDigit;
    if (last < 0) {
      if (since < FAR) since += data.length;
      continue;
    }
    // Digits of the nodes before count on only across text a number could hold ("Nov 24" after a number ends it).
    chain = since + first <= LINK_GAP && !breaksRun(data, 0, first) ? chain + digits : digits;
    since = data.length - 1 - last;
    if (chain < MIN_DIGITS) continue;
    // The chain lies in this node alone, ends well before the node does, and the node's own text cannot
    // hold a number: its block has nothing to find either. Most digits on a page (dates, prices, ids) stop
    // here, without a look at the elements around them.
    if (chain === digits && since > RUN_ON && !mayContainPhoneNumber(data)) continue;
    // A node that ends its block, with all a number's context inside it (see `contextInside`): its own text is
    // the block's as far as a number is concerned, and the block is not walked.
    const { key, ends } = blockOf(node, root, chain === digits && contextInside(data, first));
    if (read.has(key)) continue;
    read.add(key);
    // One scan of the text, instead of a walk, for blocks like "Total: $120.00".
    const text = ends ? data : key !== root && key !== doc.body && key !== doc.documentElement ? (key.textContent ?? '') : undefined;
    if (text !== undefined && !mayContainPhoneNumber(text)) continue;
    // Where to come back to if the page changes while the caller pauses.
    nearNode = node;
    nearBlock = key;
    if (ends) yield { text: data, segments: [{ node: node as Text, start: 0 }], within: key };
    else for (const block of walkTextBlocks(key, undefined, true)) yield block === PAUSE ? PAUSE : { text: block.text, segments: block.segments, within: key };
    if (!recover()) return;
  }
}

/** Where `countDigits` found the last digit of the text it counted in (-1 if none). */
let lastDigit = -1;

/**
 * Real digits in `text` from `first` (its first ASCII digit or character past
 * Latin) on; where the last one is goes in `lastDigit` (an object for the two
 * would be made for every text node with a digit, thousands a page). Another
 * script's digits count as enough: such text is rare and always worth a look.
 */
function countDigits(text: string, first: number): number {
  let digits = 0;
  let last = -1;
  let beyondLatin = false;
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      digits++;
      last = i;
    } else if (code >= 0x660) {
      beyondLatin = true;
    }
  }
  if (digits < MIN_DIGITS && beyondLatin && OTHER_DIGIT.test(text)) {
    lastDigit = text.length - 1;
    return MIN_DIGITS;
  }
  lastDigit = last;
  return digits;
}

/** A block of `walkDigitBlocks`, with the node whose ancestors were not looked at. */
export interface DigitBlock extends TextBlock {
  within: Node;
}

/**
 * The skipped element (see `isSkipped`) that holds a block of `walkDigitBlocks`,
 * if any: `closest()` looks up the tree inside the browser, where a walk in
 * script would make a wrapper for every ancestor.
 */
export function skippedAround(block: DigitBlock): Element | null {
  const key = block.within;
  if (key.nodeType !== 1) return null;
  return isSkipped(key as Element) ? (key as Element) : (key as Element).closest(SKIPPED_SELECTOR);
}

/**
 * The block of text node `node`: its nearest ancestor (from `root` down) that
 * is not an inline element. With `checkEnd`, also whether `node` ends it:
 * nothing follows it there, so no text after it can be part of a number in it.
 */
function blockOf(node: Node, root: Node, checkEnd: boolean): { key: Node; ends: boolean } {
  let ends = checkEnd && node.nextSibling === null;
  let current = node.parentNode;
  while (current && current !== root && current.nodeType === 1 && isInline(current as Element)) {
    if (ends && current.nextSibling !== null) ends = false;
    current = current.parentNode;
  }
  return { key: current ?? root, ends };
}

function lastDescendant(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

interface Place {
  node: Node;
  next: Node | null;
}

/** `node` and up to `depth` ancestors below `root`, each with its next sibling. */
function placesOf(node: Node, root: Node, depth: number): Place[] {
  const places: Place[] = [];
  for (let current: Node | null = node; current && current !== root && places.length <= depth; current = current.parentNode) {
    places.push({ node: current, next: current.nextSibling });
  }
  return places;
}
