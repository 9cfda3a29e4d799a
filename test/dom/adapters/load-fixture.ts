import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/webmail');

/** Loads a webmail fixture page into the test document at `url`; its scripts do not run. */
export function loadFixture(path: string, url: string): Document {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const html = readFileSync(resolve(FIXTURES, path), 'utf8');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return document;
}

/**
 * Opens a message the way the fixture's own script does on a click: the
 * content of template `#t-<id>` replaces `container`, and the URL changes
 * without a reload.
 */
export function openFromTemplate(id: string, container: Element, path?: string): void {
  const template = document.getElementById(`t-${id}`) as HTMLTemplateElement | null;
  if (!template) throw new Error(`no template t-${id}`);
  container.replaceChildren(template.content.cloneNode(true));
  if (path) history.pushState(null, '', path);
}

/** Whitespace-collapsed text, for comparing body text. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
