import type { Page } from 'playwright-core';

/** A node of DevTools' DOM.getDocument with `pierce`: shadow roots (closed ones too) and frames included. */
export interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/** Visible text under a node, shadow trees included, styles left out. */
export function textOf(node: CdpNode, separator = ' '): string {
  if (node.nodeName === 'STYLE') return '';
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map((child) => textOf(child, separator)).join(separator);
}

export function attribute(node: CdpNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

/** Every node in document order: children, then shadow roots, then frame documents. */
export function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) yield* walk(child);
  if (node.contentDocument) yield* walk(node.contentDocument);
}

/**
 * Runs `use` with the page's whole DOM as DevTools sees it, which reaches
 * into Hangup's closed shadow roots where the page itself cannot.
 */
export async function withDocument<T>(page: Page, use: (root: CdpNode, send: (method: string, params?: object) => Promise<unknown>) => Promise<T> | T): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    return await use(root, (method, params) => cdp.send(method as 'DOM.getDocument', params as never));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Text of a Hangup host's closed shadow root, whitespace collapsed. */
export const hostText = (node: CdpNode) => textOf(node).replace(/\s+/g, ' ').trim();
