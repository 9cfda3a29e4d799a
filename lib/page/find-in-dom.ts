import type { CountryCode } from 'libphonenumber-js/min';
import { findPhoneNumbers } from '../phone/find';
import { parseTypedNumber } from '../phone/parse';
import { pointAt, type DomPoint, type TextBlock } from './text-blocks';

/** A phone number found in the page, and where its marker goes. */
export interface DomHit {
  e164: string;
  /** As written on the page (or the `tel:` target). */
  raw: string;
  /** The marker is inserted right after this point. */
  after: DomPoint | Element;
}

/** Phone numbers in one text block, each tied to the DOM point where it ends. */
export function findInBlock(block: TextBlock, region: CountryCode): DomHit[] {
  const hits: DomHit[] = [];
  for (const match of findPhoneNumbers(block.text, region)) {
    const end = pointAt(block, match.end, true);
    if (end) hits.push({ e164: match.e164, raw: match.raw, after: end });
  }
  return hits;
}

/** Numbers behind `tel:` links whose visible text does not show them (icons, "Call us"). */
export function findTelLinks(root: ParentNode, region: CountryCode): DomHit[] {
  const hits: DomHit[] = [];
  const selector = 'a[href^="tel:" i]';
  // A link added on its own after load is the root of its rescan; querySelectorAll skips the root.
  const self = (root as Node).nodeType === 1 && (root as Element).matches(selector) ? [root as Element] : [];
  const links = [...self, ...(root.querySelectorAll?.(selector) ?? [])];
  for (const link of links) {
    const href = link.getAttribute('href') ?? '';
    let target: string;
    try {
      target = decodeURIComponent(href.slice(4));
    } catch {
      continue;
    }
    const parsed = parseTypedNumber(target, region);
    if (!parsed.ok) continue;
    const shown = findPhoneNumbers(link.textContent ?? '', region).some((match) => match.e164 === parsed.e164);
    // Shown in international form: the target is page-controlled and may carry other text.
    if (!shown) hits.push({ e164: parsed.e164, raw: parsed.international, after: link });
  }
  return hits;
}
