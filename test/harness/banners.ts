import type { Page } from 'playwright-core';

export interface BannerInfo {
  verdict: string;
  /** Text inside the banner's closed shadow root, read through the DevTools protocol. */
  text: string;
}

interface CdpNode {
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function textOf(node: CdpNode): string {
  if (node.nodeName === 'STYLE') return '';
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join(' ');
}

function attribute(node: CdpNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

/**
 * Every Hangup message banner in the page, in document order, with the text
 * of its closed shadow root (the page cannot read it; DevTools can).
 */
export async function readBanners(page: Page): Promise<BannerInfo[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const found: BannerInfo[] = [];
    const visit = (node: CdpNode) => {
      if (node.nodeName === 'HANGUP-BANNER') found.push({ verdict: attribute(node, 'data-verdict') ?? '', text: textOf(node).replace(/\s+/g, ' ').trim() });
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
      if (node.contentDocument) visit(node.contentDocument);
    };
    visit(root);
    return found;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
