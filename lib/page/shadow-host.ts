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

/**
 * Events that leave a shadow root as events of its host, and that a page acts on: a click on a marker in a
 * webmail's message list would open the message, a key typed in a banner would run the webmail's shortcuts,
 * a click on a locker warning would reach the page that asks for full screen on every click.
 */
const PAGE_EVENTS = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'keydown', 'keyup', 'keypress', 'contextmenu'];

/** Stops those events at `element`: the page's handlers never see them; their default actions (focus, typing, Tab) go on. */
export function keepEventsInside(element: Element, options?: AddEventListenerOptions): void {
  for (const type of PAGE_EVENTS) element.addEventListener(type, (event) => event.stopPropagation(), options);
}
