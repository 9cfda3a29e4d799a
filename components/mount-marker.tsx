import { render } from 'preact';
import { MARKER_CSS } from './marker-styles';
import { NumberMarker, type NumberMarkerProps } from './NumberMarker';

/** Renders a number marker into a (closed) shadow root. */
export function mountMarker(root: ShadowRoot, props: NumberMarkerProps): void {
  const doc = root.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = MARKER_CSS;
  const container = doc.createElement('span');
  root.append(style, container);
  render(<NumberMarker {...props} />, container);
}
