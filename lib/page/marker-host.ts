import { createShadowHost } from './shadow-host';
import { MARKER_TAG } from './text-blocks';

/** The inline marker after a number, sitting on the text's baseline. */
export function createMarkerHost(doc: Document, fill: (root: ShadowRoot) => void): HTMLElement {
  return createShadowHost(doc, MARKER_TAG, { display: 'inline-block', position: 'relative', 'vertical-align': 'baseline' }, fill);
}
