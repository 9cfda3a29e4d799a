import { render, type ComponentChild } from 'preact';
import { keepEventsInside } from '@/lib/page/shadow-host';

/**
 * A container in a (closed) shadow root, after its styles inline: Hangup exposes no web-accessible files.
 * Pointer and key events in it stop there (see keepEventsInside); their default actions (focus, text input, Tab) go on.
 */
export function shadowContainer(root: ShadowRoot, css: string, containerTag: 'span' | 'div'): HTMLElement {
  const doc = root.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement(containerTag);
  keepEventsInside(container);
  root.append(style, container);
  return container;
}

/** Renders `view` into a (closed) shadow root, with its styles (see `shadowContainer`). */
export function mountInShadow(root: ShadowRoot, css: string, containerTag: 'span' | 'div', view: ComponentChild): void {
  render(view, shadowContainer(root, css, containerTag));
}
