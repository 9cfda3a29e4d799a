import { render, type ComponentChild } from 'preact';

/** Renders `view` into a (closed) shadow root, with its styles inline: Hangup exposes no web-accessible files. */
export function mountInShadow(root: ShadowRoot, css: string, containerTag: 'span' | 'div', view: ComponentChild): void {
  const doc = root.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement(containerTag);
  root.append(style, container);
  render(view, container);
}
