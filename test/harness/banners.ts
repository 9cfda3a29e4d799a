import type { Page } from 'playwright-core';
import { attribute, hostText, walk, withDocument } from './cdp-dom';

export interface BannerInfo {
  verdict: string;
  /** Text inside the banner's closed shadow root, read through the DevTools protocol. */
  text: string;
}

/**
 * Every Hangup message banner in the page, in document order, with the text
 * of its closed shadow root (the page cannot read it; DevTools can).
 */
export function readBanners(page: Page): Promise<BannerInfo[]> {
  return withDocument(page, (root) =>
    [...walk(root)].filter((node) => node.nodeName === 'HANGUP-BANNER').map((node) => ({ verdict: attribute(node, 'data-verdict') ?? '', text: hostText(node) })),
  );
}
