import type { Page } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function textOf(node: CdpNode): string {
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join('');
}

/**
 * Clicks, with the real mouse, the element inside Hangup's closed shadow
 * roots (under hosts matching `hostTag`) whose tag is `tag` and whose text
 * contains `text`. The page cannot reach those elements; DevTools can find
 * where they are drawn.
 */
export async function clickInShadow(page: Page, options: { hostTag: string; tag: string; text: string; hostAttribute?: [string, string] }): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    let target: CdpNode | undefined;
    const search = (node: CdpNode, insideHost: boolean) => {
      if (target) return;
      const attrs = node.attributes ?? [];
      const isHost =
        node.nodeName === options.hostTag.toUpperCase() &&
        (!options.hostAttribute || attrs.some((value, i) => i % 2 === 0 && value === options.hostAttribute![0] && attrs[i + 1] === options.hostAttribute![1]));
      if (insideHost && node.nodeName === options.tag.toUpperCase() && textOf(node).includes(options.text)) {
        target = node;
        return;
      }
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) search(child, insideHost || isHost);
      if (node.contentDocument) search(node.contentDocument, insideHost);
    };
    search(root, false);
    if (!target) throw new Error(`no <${options.tag}> with "${options.text}" inside <${options.hostTag}>`);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: target.backendNodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: target.backendNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
