// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, describe, expect, test } from 'vitest';
import { mountMarker } from '@/components/mount-marker';
import { NumberMarker } from '@/components/NumberMarker';
import type { NumberVerdict } from '@/lib/detect/verdict';
import { createMarkerHost } from '@/lib/page/marker-host';
import { MARKER_TAG } from '@/lib/page/text-blocks';
import { officialVerdict, scamVerdict } from './verdicts';

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(verdict: NumberVerdict = scamVerdict): { host: HTMLElement; root: ShadowRoot } {
  let root: ShadowRoot | undefined;
  const host = createMarkerHost(document, (shadow) => {
    root = shadow;
    mountMarker(shadow, { verdict, raw: '202-555-0143' });
  });
  document.body.append(host);
  return { host, root: root! };
}

describe('mountMarker in a marker host', () => {
  test('renders into a closed shadow root the page cannot reach', () => {
    const { host, root } = mount();
    expect(host.tagName).toBe(MARKER_TAG);
    expect(host.shadowRoot).toBeNull();
    expect(root.mode).toBe('closed');
    expect(host.childNodes).toHaveLength(0);
    expect(document.body.querySelector('button')).toBeNull();
    expect(root.querySelector('style')?.textContent).toContain('.badge');
  });

  test('the host resists page styles', () => {
    const { host } = mount();
    expect(host.style.getPropertyValue('display')).toBe('inline-block');
    expect(host.style.getPropertyPriority('display')).toBe('important');
    expect(host.style.getPropertyPriority('all')).toBe('important');
  });

  test('the badge works inside the shadow root', () => {
    const { root } = mount();
    const view = within(root as unknown as HTMLElement);
    fireEvent.click(view.getByRole('button', { name: /known scam number/ }));
    expect(view.getByRole('alert').textContent).toContain('Do not call 202-555-0143');
    fireEvent.keyDown(view.getByRole('button', { name: 'Close' }), { key: 'Escape' });
    expect(view.queryByRole('alert')).toBeNull();
  });

  test.each([
    ['a scam number', scamVerdict],
    ['an official number', officialVerdict],
    ['an official number of no known vendor', { ...officialVerdict, vendor: undefined }],
  ])('the closed badge of %s is the one the component renders', (_name, verdict) => {
    const { root } = mount(verdict);
    const rendered = document.createElement('span');
    render(<NumberMarker verdict={verdict} raw="202-555-0143" />, rendered);
    expect(root.querySelector('span')!.innerHTML).toBe(rendered.innerHTML);
  });

  test('opening the badge hands over to the component, open, with the focus on its badge', () => {
    const { root } = mount();
    const view = within(root as unknown as HTMLElement);
    const before = view.getByRole('button', { name: /known scam number/ });
    expect(before.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(before);
    const badge = view.getByRole('button', { name: /known scam number/ });
    expect(badge).not.toBe(before);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(root.activeElement).toBe(badge);
    expect(view.getAllByRole('button', { name: /known scam number/ })).toHaveLength(1);
    // From here on it is the component: a second click closes the card.
    fireEvent.click(badge);
    expect(view.queryByRole('alert')).toBeNull();
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('a marker inside a page that acts on clicks and keys', () => {
  test("clicks and keys in it do not reach the page's handlers (a webmail would open the message, or run a shortcut)", async () => {
    document.body.innerHTML = '<table><tr id="row"><td>Call 202-555-0143</td></tr></table>';
    const seen: string[] = [];
    document.getElementById('row')!.addEventListener('click', () => seen.push('row click'));
    document.addEventListener('keydown', () => seen.push('page keydown'));
    const { host, root } = mount();
    document.querySelector('td')!.append(host);
    const badge = root.querySelector<HTMLButtonElement>('.badge')!;
    fireEvent.click(badge);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const close = root.querySelector<HTMLButtonElement>('.close')!;
    fireEvent.keyDown(close, { key: 'k', bubbles: true, composed: true });
    expect(root.querySelector('.card')).not.toBeNull();
    expect(seen).toEqual([]);
    // Outside the marker the page's handlers still run.
    fireEvent.click(document.querySelector('td')!);
    expect(seen).toEqual(['row click']);
  });

  test.each([
    ['the close button', (close: HTMLButtonElement) => fireEvent.click(close)],
    ['Escape', (close: HTMLButtonElement) => fireEvent.keyDown(close, { key: 'Escape', bubbles: true })],
  ])('closing the card with %s gives the focus back to the badge', async (_how, closeWith) => {
    const { root } = mount();
    fireEvent.click(root.querySelector<HTMLButtonElement>('.badge')!);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const close = root.querySelector<HTMLButtonElement>('.close')!;
    close.focus();
    closeWith(close);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.querySelector('.card')).toBeNull();
    expect(root.activeElement).toBe(root.querySelector('.badge'));
  });
});
