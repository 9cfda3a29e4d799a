/**
 * An element of Hangup's own (`tag`) whose content lives in a closed shadow
 * root: the page can neither read nor restyle it, and page CSS does not leak
 * in. `styles` are set inline and important, which beats most page rules
 * aimed at unknown elements.
 */
export function createShadowHost(doc: Document, tag: string, styles: Record<string, string>, fill: (root: ShadowRoot) => void): HTMLElement {
  const host = doc.createElement(tag.toLowerCase());
  host.style.setProperty('all', 'initial', 'important');
  for (const [property, value] of Object.entries(styles)) host.style.setProperty(property, value, 'important');
  fill(host.attachShadow({ mode: 'closed' }));
  return host;
}
