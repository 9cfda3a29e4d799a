import type { Page } from 'playwright-core';
import { attribute, hostText, walk, withDocument } from './cdp-dom';

export interface MarkerInfo {
  e164: string;
  verdict: string;
  /** Text inside the marker's closed shadow root, read through the DevTools protocol. */
  text: string;
}

/**
 * Every Hangup marker in the page (frames included) with the text of its
 * closed shadow root. The page itself cannot read that text; DevTools can.
 */
export function readMarkers(page: Page): Promise<MarkerInfo[]> {
  return withDocument(page, (root) =>
    [...walk(root)]
      .filter((node) => node.nodeName === 'HANGUP-MARKER')
      .map((node) => ({ e164: attribute(node, 'data-e164') ?? '', verdict: attribute(node, 'data-verdict') ?? '', text: hostText(node) })),
  );
}
