export const BANNER_TAG = 'HANGUP-BANNER';

/**
 * A banner element whose content lives in a closed shadow root, like the
 * number markers: the page can neither read nor restyle it.
 */
export function createBannerHost(doc: Document, fill: (root: ShadowRoot) => void): HTMLElement {
  const host = doc.createElement(BANNER_TAG.toLowerCase());
  // Inline styles beat most page rules aimed at unknown elements.
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', 'block', 'important');
  host.style.setProperty('margin', '8px 0', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  fill(root);
  return host;
}
