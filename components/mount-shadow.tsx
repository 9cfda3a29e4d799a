import { render, type ComponentChild } from 'preact';

/**
 * Events that leave a shadow root as events of its host, and that a page acts on: a click on a marker in a
 * webmail's message list would open the message, a key typed in a banner would run the webmail's shortcuts.
 */
const KEPT_INSIDE = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'keydown', 'keyup', 'keypress', 'contextmenu'];

/**
 * A container in a (closed) shadow root, after its styles inline: Hangup exposes no web-accessible files.
 * Pointer and key events in it stop there (see KEPT_INSIDE); their default actions (focus, text input, Tab) go on.
 */
export function shadowContainer(root: ShadowRoot, css: string, containerTag: 'span' | 'div'): HTMLElement {
  const doc = root.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement(containerTag);
  for (const type of KEPT_INSIDE) container.addEventListener(type, (event) => event.stopPropagation());
  root.append(style, container);
  return container;
}

/** Renders `view` into a (closed) shadow root, with its styles (see `shadowContainer`). */
export function mountInShadow(root: ShadowRoot, css: string, containerTag: 'span' | 'div', view: ComponentChild): void {
  render(view, shadowContainer(root, css, containerTag));
}
