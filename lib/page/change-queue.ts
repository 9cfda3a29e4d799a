import { blockAround, isSkipped, PAUSE } from './text-blocks';

/** Queued nodes handled between two chances to pause. */
const PAUSE_EVERY = 256;

/**
 * Page changes waiting to be scanned: added nodes, text nodes whose text
 * changed, links whose `tel:` target changed. Taking them widens each to the
 * block it can affect and drops the ones another queued node already covers.
 */
export class ChangeQueue {
  private nodes = new Set<Node>();

  constructor(
    /** The observed root: a change is never widened to it. */
    private readonly limit: Node,
    /** Nodes Hangup put in the page itself. */
    private readonly isOwn: (node: Node) => boolean,
  ) {}

  get size(): number {
    return this.nodes.size;
  }

  /** Queues the changes in `records`; returns how many nodes they touched. */
  add(records: MutationRecord[]): number {
    let count = 0;
    for (const record of records) {
      if (record.type === 'characterData') {
        this.nodes.add(record.target);
        count++;
      } else if (record.type === 'attributes') {
        if (/^tel:/i.test((record.target as Element).getAttribute('href') ?? '')) this.nodes.add(record.target);
        count++;
      } else {
        for (const node of record.addedNodes) {
          if ((node.nodeType !== 1 && node.nodeType !== 3) || this.isOwn(node)) continue;
          this.nodes.add(node);
          count++;
        }
      }
    }
    return count;
  }

  clear(): void {
    this.nodes.clear();
  }

  /**
   * Empties the queue into scan roots, in the order the changes came, with a
   * `PAUSE` every few hundred nodes (checking ancestors costs time on big batches).
   */
  *take(): Generator<Node | typeof PAUSE, void, undefined> {
    const queued = this.nodes;
    this.nodes = new Set();
    const roots = new Set<Node>();
    let seen = 0;
    for (const node of queued) {
      if (node.isConnected) roots.add(blockAround(node, this.limit));
      if (++seen % PAUSE_EVERY === 0) yield PAUSE;
    }
    for (const root of roots) {
      if (!covered(root, roots)) yield root;
      if (++seen % PAUSE_EVERY === 0) yield PAUSE;
    }
  }
}

/** True when an ancestor of `node` is itself queued, or is never scanned. */
function covered(node: Node, roots: Set<Node>): boolean {
  for (let current = node.parentNode; current; current = current.parentNode) {
    if (roots.has(current) || (current.nodeType === 1 && isSkipped(current as Element))) return true;
  }
  return false;
}
