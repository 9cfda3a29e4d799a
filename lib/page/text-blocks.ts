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

/** Elements whose text is never scanned: code, form fields, editors, and Hangup's own markers. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE']);

/** Elements that flow inside a line; anything else starts a new block. */
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR']);

export const MARKER_TAG = 'HANGUP-MARKER';

export function isSkipped(element: Element): boolean {
  return SKIPPED.has(element.tagName.toUpperCase()) || element.tagName === MARKER_TAG || (element as HTMLElement).isContentEditable === true;
}

function blockOf(node: Node, root: Node): Node {
  let current = node.parentNode;
  while (current && current !== root && current.nodeType === 1 && INLINE.has((current as Element).tagName.toUpperCase())) {
    current = current.parentNode;
  }
  return current ?? root;
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
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 3) {
    if (isInsideSkipped(root)) return [];
    return [{ text: (root as Text).data, segments: [{ node: root as Text, start: 0 }] }];
  }
  if (root.nodeType === 1 && isSkipped(root as Element)) return [];
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (node.nodeType === 1 && isSkipped(node as Element) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
  });
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  let currentBlock: Node | undefined;
  let pendingBreak = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if ((node as Element).tagName.toUpperCase() === 'BR') pendingBreak = true;
      continue;
    }
    const text = node as Text;
    if (!text.data) continue;
    const block = blockOf(text, root);
    if (!current || block !== currentBlock) {
      current = { text: '', segments: [] };
      currentBlock = block;
      blocks.push(current);
    } else if (pendingBreak) {
      current.text += '\n';
    }
    pendingBreak = false;
    current.segments.push({ node: text, start: current.text.length });
    current.text += text.data;
  }
  return blocks.filter((block) => block.text.trim().length > 0);
}

/**
 * The DOM point of block offset `offset`. With `end` set, an offset on a
 * boundary belongs to the earlier node (the point just after a character).
 */
export function pointAt(block: TextBlock, offset: number, end = false): DomPoint | undefined {
  const { segments } = block;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    const inside = end ? offset > segment.start : offset >= segment.start;
    if (inside && offset <= segment.start + segment.node.data.length) return { node: segment.node, offset: offset - segment.start };
  }
  return undefined;
}
