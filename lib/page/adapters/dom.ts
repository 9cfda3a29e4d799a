/** Small readers shared by the site adapters. */

/** An element's text with runs of whitespace collapsed (empty for a missing element). */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** `Name <address>` from the parts a site shows; either part may be missing. */
export function sender(name: string, address: string): string {
  const bare = address.replace(/^mailto:/i, '').trim();
  if (!bare || !bare.includes('@')) return name;
  if (!name || name === bare) return bare;
  return name.includes(bare) ? name : `${name} <${bare}>`;
}

/**
 * The first child element of `parent` that is the page's own, not one of
 * Hangup's (a banner put there is otherwise the first child the next pass sees).
 */
export function firstPageElement(parent: Element): Element | null {
  let child = parent.firstElementChild;
  while (child && child.localName.startsWith('hangup-')) child = child.nextElementSibling;
  return child;
}

/** The document `root` belongs to. */
export function documentOf(root: ParentNode): Document {
  return (root as Node).ownerDocument ?? (root as Document);
}

/** True when `element` is, or sits inside, something the user is typing into. */
export function isEditable(element: Element): boolean {
  return element.closest('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], textarea') !== null;
}

/** Drops elements nested inside another element of the list (a quoted body inside a body). */
export function outermost<T extends Element>(elements: T[]): T[] {
  return elements.filter((element) => !elements.some((other) => other !== element && other.contains(element)));
}

/** `Name <address>` from text shown as "Name<address>" or "Name <address>"; other text is returned collapsed. */
export function senderFromText(shown: string): string {
  const match = /^\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(shown);
  return match ? sender(match[1] ?? '', match[2] ?? '') : shown.replace(/\s+/g, ' ').trim();
}
