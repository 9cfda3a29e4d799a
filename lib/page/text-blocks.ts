/** A piece of a text block that comes from one DOM text node. */
export interface Segment {
  node: Text;
  /** Offset of the node's first character in the block's text. */
  start: number;
}

/**
 * The text of one run of inline content (a paragraph, a table cell…), joined
 * across inline elements so that `<span>1-888</span><b>555</b>…` reads as one
 * number, with a map back to the text nodes.
 */
export interface TextBlock {
  text: string;
  segments: Segment[];
}

/** Where a character of a block lives in the DOM. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** Elements whose text is never scanned: code, form fields, media, embedded documents. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'video', 'audio', 'head', 'title']);

/** Elements that flow inside a line; anything else starts a new block. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr']);

/**
 * The skipping rules as a selector, for `closest()`: one call inside the browser instead
 * of a walk up the tree in script. Hangup's own elements are listed by name (a selector
 * cannot match a tag-name prefix); `isSkipped` catches any other.
 */
export const SKIPPED_SELECTOR = [...SKIPPED, 'hangup-marker', 'hangup-banner', 'hangup-locker', '[contenteditable=""]', '[contenteditable="true" i]', '[contenteditable="plaintext-only" i]'].join(',');

export const MARKER_TAG = 'HANGUP-MARKER';
/** Every element Hangup puts in a page (markers, banners) has a tag name with this prefix. */
const OWN_PREFIX = 'hangup-';

/** Nodes visited between two chances for the caller to pause. */
const PAUSE_EVERY = 256;
/** Times a walk starts a changed part of the page again before it skips it. */
const MAX_RESTARTS = 8;
/** Yielded by `walkTextBlocks` when the caller may pause; never a block. */
export const PAUSE = null;

/** True for elements whose text is never scanned, including Hangup's own and editors. */
export function isSkipped(element: Element): boolean {
  return isSkippedNamed(element, element.localName);
}

function isSkippedNamed(element: Element, name: string): boolean {
  return SKIPPED.has(name) || name.startsWith(OWN_PREFIX) || isEditable(element);
}

/**
 * Read from the attribute rather than `isContentEditable`, which makes Chromium
 * recompute styles: on a page that just changed that is a full style pass per call.
 * Descendants of an editor are skipped with it, so inheritance needs no lookup.
 */
function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  if (value === null) return false;
  const lower = value.toLowerCase();
  return lower === '' || lower === 'true' || lower === 'plaintext-only';
}

export function isInline(element: Element): boolean {
  return INLINE.has(element.localName);
}

/** True when `node` is inside an element whose text is never scanned (or inside a marker). */
export function isInsideSkipped(node: Node): boolean {
  for (let current = node.parentElement; current; current = current.parentElement) {
    if (isSkipped(current)) return true;
  }
  return false;
}

/**
 * Splits the text under `root` into blocks. A `<br>` inside a block becomes a
 * newline so that lines are not glued into one long digit run.
 */
export function collectTextBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const block of walkTextBlocks(root)) if (block) blocks.push(block);
  return blocks;
}

/**
 * The blocks of `collectTextBlocks`, one at a time, with a `PAUSE` every few
 * hundred nodes so that a caller working to a time budget can stop anywhere,
 * even inside one huge block. `onLink` sees every `<a>` outside skipped elements.
 *
 * With `ownOnly`, only the blocks of `root`'s own inline content: elements that
 * start blocks of their own are not entered (they end the block they interrupt).
 *
 * The page may change while the caller is paused: if the walk's position has
 * been detached or moved, it starts again from the deepest ancestor still in
 * place (blocks found twice are harmless: markers are not duplicated).
 */
export function* walkTextBlocks(root: Node, onLink?: (link: Element) => void, ownOnly = false): Generator<TextBlock | typeof PAUSE, void, undefined> {
  if (root.nodeType === 3) {
    const text = root as Text;
    if (text.data.trim() && !isInsideSkipped(text)) yield { text: text.data, segments: [{ node: text, start: 0 }] };
    return;
  }
  if (root.nodeType === 1) {
    if (isSkipped(root as Element)) return;
    if ((root as Element).localName === 'a') onLink?.(root as Element);
  }
  // path[i] is the i-th ancestor of `node` below root; keys[i] the block its children's text belongs to.
  const path: Node[] = [root];
  const keys: Node[] = [root];
  let node: Node | null = root.firstChild;
  let open: TextBlock | undefined;
  let openKey: Node | undefined;
  let pendingBreak = false;
  let visited = 0;
  let restarts = 0;
  // Re-anchors the walk after a pause if the page moved or removed the nodes under it.
  const resume = () => {
    if (!node || node.parentNode === path[path.length - 1]) {
      let intact = true;
      for (let i = 1; i < path.length && intact; i++) intact = path[i]!.parentNode === path[i - 1];
      if (intact) return;
    }
    let depth = 1;
    while (depth < path.length && path[depth]!.parentNode === path[depth - 1]) depth++;
    // Restart the open block from its start so that it is read whole.
    const keyDepth = openKey ? keys.indexOf(openKey) : -1;
    if (keyDepth >= 0 && keyDepth < depth) depth = Math.max(keyDepth, 1);
    path.length = depth;
    keys.length = depth;
    open = undefined;
    openKey = undefined;
    pendingBreak = false;
    if (++restarts <= MAX_RESTARTS) {
      node = path[depth - 1]!.firstChild;
      return;
    }
    // A part of the page that keeps changing under the walk is left to the mutation observer.
    let next: Node | null = null;
    while (!next && path.length > 1) {
      next = path.pop()!.nextSibling;
      keys.pop();
    }
    node = next;
  };
  while (node) {
    let enter = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data) {
        const key = keys[keys.length - 1]!;
        if (open && key !== openKey) {
          const done = open;
          open = undefined;
          if (done.text.trim()) {
            yield done;
            resume();
            continue;
          }
        }
        if (!open) {
          open = { text: '', segments: [] };
          openKey = key;
        } else if (pendingBreak) {
          open.text += '\n';
        }
        pendingBreak = false;
        open.segments.push({ node: node as Text, start: open.text.length });
        open.text += data;
      }
    } else if (node.nodeType === 1) {
      const element = node as Element;
      // Read once: each read of a property of a page node is a call into the browser.
      const name = element.localName;
      if (name === 'br') pendingBreak = true;
      else if (isSkippedNamed(element, name)) {
        // Not read, and no break: `<p>202<script>…</script>-555-0143</p>` is one line of text.
      } else if (ownOnly && !INLINE.has(name)) {
        // Its text would start a block of its own; what follows it is a new block.
        if (open && element.textContent) {
          const done = open;
          open = undefined;
          if (done.text.trim()) yield done;
          resume();
          if (node !== element) continue;
        }
      } else {
        if (name === 'a') onLink?.(element);
        const first = element.firstChild;
        if (first) {
          path.push(element);
          keys.push(INLINE.has(name) ? keys[keys.length - 1]! : element);
          node = first;
          enter = true;
        }
      }
    }
    if (!enter) {
      let next: Node | null = node.nextSibling;
      while (!next && path.length > 1) {
        next = path.pop()!.nextSibling;
        keys.pop();
      }
      node = next;
    }
    if (++visited % PAUSE_EVERY === 0) {
      yield PAUSE;
      resume();
    }
  }
  if (open?.text.trim()) yield open;
}

/**
 * The element whose text a change at `node` can affect: its nearest block
 * ancestor, so that a number split across inline elements is read whole.
 * Falls back to the node itself when that block is `limit` or too big to
 * rescan for a small change.
 */
export function blockAround(node: Node, limit: Node): Node {
  if (node.nodeType === 1 && !isInline(node as Element)) return node;
  let current: Node = node;
  let parent = node.parentNode;
  while (parent && parent !== limit && parent.nodeType === 1 && isInline(parent as Element)) {
    current = parent;
    parent = parent.parentNode;
  }
  if (parent && parent !== limit && parent.nodeType === 1 && hasFewChildren(parent)) return parent;
  return current;
}

const FEW_CHILDREN = 64;
function hasFewChildren(node: Node): boolean {
  let count = 0;
  for (let child = node.firstChild; child; child = child.nextSibling) if (++count > FEW_CHILDREN) return false;
  return true;
}

/**
 * The DOM point of block offset `offset`. With `end` set, an offset on a
 * boundary belongs to the earlier node (the point just after a character).
 */
export function pointAt(block: TextBlock, offset: number, end = false): DomPoint | undefined {
  const { segments } = block;
  // Segments are in text order: find the last one that starts before (or at) the offset.
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = segments[mid]!.start;
    if (end ? offset > start : offset >= start) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const segment = segments[found];
  if (!segment || offset > segment.start + segment.node.data.length) return undefined;
  return { node: segment.node, offset: offset - segment.start };
}
