import { MARKER_CSS } from './marker-styles';
import { mountInShadow } from './mount-shadow';
import { NumberMarker, type NumberMarkerProps } from './NumberMarker';

/** Renders a number marker into a (closed) shadow root; an inline container keeps the line's flow. */
export function mountMarker(root: ShadowRoot, props: NumberMarkerProps): void {
  mountInShadow(root, MARKER_CSS, 'span', <NumberMarker {...props} />);
}
