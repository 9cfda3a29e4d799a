import { BANNER_CSS } from './banner-styles';
import { MessageBanner, type MessageBannerProps } from './MessageBanner';
import { mountInShadow } from './mount-shadow';

/** Renders a message banner into a (closed) shadow root. */
export function mountBanner(root: ShadowRoot, props: MessageBannerProps): void {
  mountInShadow(root, BANNER_CSS, 'div', <MessageBanner {...props} />);
}
