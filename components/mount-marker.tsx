import { render } from 'preact';
import { MARKER_CSS } from './marker-styles';
import { shadowContainer } from './mount-shadow';
import { badgeText, NumberMarker, opensTowardsStart, type NumberMarkerProps } from './NumberMarker';

/**
 * Renders a number marker into a (closed) shadow root; an inline container keeps
 * the line's flow.
 *
 * The closed badge is the element NumberMarker renders, built here with plain
 * DOM calls; the component takes over when the badge is first opened, with its
 * card open and the focus on its badge. A page shows every flagged number's
 * badge and most are never opened, while the component's first render (the
 * first use of its code in the page) was most of the time it took to mark them.
 */
export function mountMarker(root: ShadowRoot, props: NumberMarkerProps): void {
  const doc = root.ownerDocument;
  const container = shadowContainer(root, MARKER_CSS, 'span');
  if (props.initiallyOpen) {
    render(<NumberMarker {...props} />, container);
    return;
  }
  const { icon, label, title } = badgeText(props.verdict);
  const wrapper = doc.createElement('span');
  wrapper.className = `root ${props.verdict.verdict}`;
  const badge = doc.createElement('button');
  badge.type = 'button';
  badge.className = 'badge';
  badge.setAttribute('aria-expanded', 'false');
  badge.setAttribute('aria-label', title);
  badge.title = title;
  const mark = doc.createElement('span');
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = icon;
  badge.append(mark, label);
  wrapper.append(badge);
  container.append(wrapper);
  badge.addEventListener(
    'click',
    () => {
      const alignEnd = opensTowardsStart(badge);
      wrapper.remove();
      render(<NumberMarker {...props} initiallyOpen initialAlignEnd={alignEnd} />, container);
      container.querySelector<HTMLButtonElement>('.badge')?.focus();
    },
    { once: true },
  );
}
