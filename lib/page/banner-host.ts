import { createShadowHost } from './shadow-host';

export const BANNER_TAG = 'HANGUP-BANNER';

/** The banner above a flagged message, a block of its own, like the number markers closed to the page. */
export function createBannerHost(doc: Document, fill: (root: ShadowRoot) => void): HTMLElement {
  return createShadowHost(doc, BANNER_TAG, { display: 'block', margin: '8px 0' }, fill);
}
