// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { MessageBanner } from '@/components/MessageBanner';
import { mountBanner } from '@/components/mount-banner';
import type { MessageVerdict } from '@/lib/detect/message';
import { BANNER_TAG, createBannerHost } from '@/lib/page/banner-host';

const vendor = {
  name: 'Norbury Antivirus',
  phones: ['+1 800 555 0100'],
  domains: ['norbury.example'],
  statements: ['Norbury never calls you unexpectedly.', 'Norbury renewals are never billed by phone.'],
};
const scam: MessageVerdict = {
  verdict: 'scam',
  score: 1,
  vendor,
  numbers: [{ raw: '1-888-555-0142', e164: '+18885550142', status: 'scam' }],
  reasons: ['1-888-555-0142 is listed as a scam number by Hangup demo list.', 'Norbury Antivirus says: "Norbury never calls you unexpectedly."'],
};
const suspicious: MessageVerdict = { ...scam, verdict: 'suspicious', score: 0.8, reasons: ["Claims to be Norbury Antivirus billing; the number is not one of Norbury Antivirus'."] };

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('MessageBanner', () => {
  test('scam: an alert with the headline, the reasons and the real contact', () => {
    render(<MessageBanner verdict={scam} onDismiss={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Scam warning: this message uses a known scam number')).toBeTruthy();
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual(scam.reasons);
    expect(alert.textContent).toContain('The real Norbury Antivirus:');
    expect(alert.textContent).toContain('+1 800 555 0100');
    expect(alert.textContent).toContain('norbury.example');
  });

  test('a statement already quoted in the reasons is not repeated in the contact box', () => {
    render(<MessageBanner verdict={scam} onDismiss={() => undefined} />);
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text.split('Norbury never calls you unexpectedly.')).toHaveLength(2);
    expect(text).toContain('“Norbury renewals are never billed by phone.”');
  });

  test('suspicious: a status naming the vendor it may impersonate', () => {
    render(<MessageBanner verdict={suspicious} onDismiss={() => undefined} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Suspicious: this message may be impersonating Norbury Antivirus');
  });

  test('suspicious without a known vendor', () => {
    const { vendor: _vendor, ...bare } = suspicious;
    render(<MessageBanner verdict={bare} onDismiss={() => undefined} />);
    expect(screen.getByRole('status').textContent).toContain('Suspicious: this message looks like a support scam');
    expect(screen.getByRole('status').textContent).not.toContain('The real');
  });

  test('the dismiss button is a real, named button', () => {
    let dismissed = 0;
    render(<MessageBanner verdict={scam} onDismiss={() => dismissed++} />);
    const button = screen.getByRole('button', { name: 'Dismiss this warning' });
    expect(button.tagName).toBe('BUTTON');
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(dismissed).toBe(1);
  });
});

describe('mountBanner in a banner host', () => {
  test('renders into a closed shadow root with its own styles, light and dark', () => {
    let root: ShadowRoot | undefined;
    const host = createBannerHost(document, (shadow) => {
      root = shadow;
      mountBanner(shadow, { verdict: scam, onDismiss: () => undefined });
    });
    document.body.append(host);
    expect(host.tagName).toBe(BANNER_TAG);
    expect(host.shadowRoot).toBeNull();
    expect(root?.mode).toBe('closed');
    expect(host.childNodes).toHaveLength(0);
    expect(host.style.getPropertyPriority('display')).toBe('important');
    const css = root?.querySelector('style')?.textContent ?? '';
    expect(css).toContain('prefers-color-scheme: dark');
    expect(css).toContain(':focus-visible');
    expect(within(root as unknown as HTMLElement).getByRole('alert').textContent).toContain('Scam warning');
  });

  test("clicks and keys in it do not reach the message around it (a webmail's handlers and shortcuts)", () => {
    let root: ShadowRoot | undefined;
    let dismissed = 0;
    const host = createBannerHost(document, (shadow) => {
      root = shadow;
      mountBanner(shadow, { verdict: scam, onDismiss: () => dismissed++ });
    });
    const message = document.createElement('div');
    const seen: string[] = [];
    for (const type of ['click', 'mousedown', 'keydown']) message.addEventListener(type, () => seen.push(type));
    message.append(host);
    document.body.append(message);
    const dismiss = root!.querySelector<HTMLButtonElement>('.dismiss')!;
    fireEvent.mouseDown(dismiss);
    fireEvent.keyDown(dismiss, { key: 'j' });
    fireEvent.click(dismiss);
    expect(dismissed).toBe(1);
    expect(seen).toEqual([]);
  });

  test('the live region is the warning, not its report choices: their changes do not read the warning out again', () => {
    const reporter = { vendorName: 'Norbury Antivirus', origin: 'https://shop.example', excerpt: 'call 1-888-555-0142', file: async () => ({ reportId: 'r', duplicate: false, state: 'queued' as const }), undo: async () => true, undoSeconds: 5, defaults: { origin: false, excerpt: false }, setNotScam: async () => {} };
    render(<MessageBanner verdict={scam} onDismiss={() => {}} reporter={reporter} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Scam warning');
    expect(alert.querySelector('button, input')).toBeNull();
    expect(screen.getByRole('button', { name: /Report/ }).closest('[role="alert"]')).toBeNull();
  });
});
