import { MARKER_TAG } from './text-blocks';

/**
 * A marker element whose content lives in a closed shadow root: the page can
 * neither read nor restyle it, and page CSS does not leak in.
 */
export function createMarkerHost(doc: Document, fill: (root: ShadowRoot) => void): HTMLElement {
  const host = doc.createElement(MARKER_TAG.toLowerCase());
  // Inline styles beat most page rules aimed at unknown elements.
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', 'inline-block', 'important');
  host.style.setProperty('position', 'relative', 'important');
  host.style.setProperty('vertical-align', 'baseline', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  fill(root);
  return host;
}
