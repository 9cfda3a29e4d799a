/**
 * The first `limit` characters of an element's text, read node by node: on a
 * huge page, textContent would build the whole text just to look at its start.
 */
export function leadingText(element: Element, limit: number): string {
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) text += (node as Text).data;
  return text.slice(0, limit);
}
