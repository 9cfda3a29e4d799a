import { render } from 'preact';
import { BANNER_CSS } from './banner-styles';
import { MessageBanner, type MessageBannerProps } from './MessageBanner';

/** Renders a message banner into a (closed) shadow root. */
export function mountBanner(root: ShadowRoot, props: MessageBannerProps): void {
  const doc = root.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = BANNER_CSS;
  const container = doc.createElement('div');
  root.append(style, container);
  render(<MessageBanner {...props} />, container);
}
