import type { NumberVerdict } from '../detect/verdict';
import type { DomHit } from './find-in-dom';
import { MARKER_TAG } from './text-blocks';

/**
 * Inserts a marker right after a found number and returns it (`fresh`); when a
 * marker for the number is already there with the same verdict, returns that one.
 * Splits the text node at the number's end; `onSplit` hears of the new node
 * and the split one, whose changes are Hangup's, not the page's. Places
 * nothing when the text before the point is no longer the number's (the page
 * rewrote it since it was read: its change is queued for a rescan).
 */
export function placeMarker(
  hit: DomHit,
  verdict: NumberVerdict,
  createMarker: (verdict: NumberVerdict, raw: string) => HTMLElement,
  onSplit: (rest: Text, split: Text) => void,
): { marker: HTMLElement; fresh: boolean } | undefined {
  let anchor: Node;
  if ('node' in hit.after) {
    const { node, offset } = hit.after;
    // The page may have changed the text since it was read; its change is queued for a rescan.
    if (!node.isConnected || offset > node.data.length) return undefined;
    // What the node holds before the point must be the number's end (all of it, for a number split across nodes).
    if (!hit.raw.endsWith(node.data.slice(Math.max(0, offset - hit.raw.length), offset))) return undefined;
    if (offset < node.data.length) onSplit(node.splitText(offset), node);
    anchor = node;
    // Keep the marker out of links so a click on it never follows the link.
    const link = anchor.parentElement?.closest('a');
    if (link) anchor = link;
  } else {
    anchor = hit.after;
    if (!anchor.isConnected) return undefined;
  }
  const next = anchor.nextSibling;
  // A link holding several numbers is followed by a run of markers, one per number.
  for (let sibling = next; sibling?.nodeType === 1 && (sibling as Element).tagName === MARKER_TAG; sibling = sibling.nextSibling) {
    const existing = sibling as HTMLElement;
    if (existing.getAttribute('data-e164') !== hit.e164) continue;
    if (existing.getAttribute('data-verdict') === verdict.verdict) return { marker: existing, fresh: false };
    // The number's verdict changed (a list was updated): a new marker takes its place.
    const marker = labelled(createMarker(verdict, hit.raw), hit, verdict);
    existing.replaceWith(marker);
    return { marker, fresh: true };
  }
  const marker = labelled(createMarker(verdict, hit.raw), hit, verdict);
  anchor.parentNode?.insertBefore(marker, next);
  return { marker, fresh: true };
}

/** A new marker with the number and verdict it is for, as the next placement looks for them. */
function labelled(marker: HTMLElement, hit: DomHit, verdict: NumberVerdict): HTMLElement {
  marker.setAttribute('data-e164', hit.e164);
  marker.setAttribute('data-verdict', verdict.verdict);
  return marker;
}
