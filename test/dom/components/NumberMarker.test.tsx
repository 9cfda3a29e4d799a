// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { NumberMarker } from '@/components/NumberMarker';
import { officialVerdict, scamVerdict } from './verdicts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('NumberMarker', () => {
  test('a scam badge is labelled and starts closed', () => {
    render(<NumberMarker verdict={scamVerdict} raw=" (202) 555-0143 " />);
    const badge = screen.getByRole('button', { name: 'Hangup: +1 202 555 0143 is a known scam number' });
    expect(badge.textContent).toBe('⚠Scam number');
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a click opens the card with the reasons and the real contact', () => {
    render(<NumberMarker verdict={scamVerdict} raw=" (202) 555-0143 " />);
    fireEvent.click(screen.getByRole('button', { name: /known scam number/ }));
    const card = screen.getByRole('alert');
    expect(screen.getByRole('button', { name: /known scam number/ }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('heading').textContent).toBe('Do not call (202) 555-0143');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(scamVerdict.reasons);
    expect(card.textContent).toContain('The real Norbury:');
    expect(card.textContent).toContain('Phone: +1 800 555 0100');
    expect(card.textContent).toContain('Website: norbury.example');
    expect(card.textContent).toContain('“Norbury never calls you unexpectedly.”');
    // The live region holds the finding, not the card's buttons (closing, reporting).
    expect(card.querySelector('button, input')).toBeNull();
  });

  // The content script cannot format numbers: it shows the form the background sent.
  test('a tel: link hit (raw is the E.164) is headed by the formatted number', () => {
    render(<NumberMarker verdict={{ ...scamVerdict, shown: '+1 (202) 555 0143' }} raw="+12025550143" initiallyOpen />);
    expect(screen.getByRole('button', { name: 'Hangup: +1 (202) 555 0143 is a known scam number' })).toBeTruthy();
    expect(screen.getByRole('heading').textContent).toBe('Do not call +1 (202) 555 0143');
  });

  test('a second click, the close button and Escape each close the card', () => {
    render(<NumberMarker verdict={scamVerdict} raw="202-555-0143" />);
    const badge = screen.getByRole('button', { name: /known scam number/ });
    fireEvent.click(badge);
    fireEvent.click(badge);
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(badge);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(badge);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Close' }), { key: 'Enter' });
    expect(screen.queryByRole('alert')).not.toBeNull();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Close' }), { key: 'Escape' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test.each([
    [100, 'card'],
    [900, 'card end'],
  ])('a badge at x=%d in a 1024px window opens a "%s"', (left, cardClass) => {
    // happy-dom does no layout, so the badge's position is given.
    vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(1024);
    vi.spyOn(HTMLButtonElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: left, y: 0, width: 80, height: 18 }));
    render(<NumberMarker verdict={scamVerdict} raw="202-555-0143" />);
    fireEvent.click(screen.getByRole('button', { name: /known scam number/ }));
    expect(screen.getByRole('alert').closest('.card')?.className).toBe(cardClass);
  });

  test('an official number reads as official', () => {
    render(<NumberMarker verdict={officialVerdict} raw="1-800-555-0100" initiallyOpen />);
    expect(screen.getByRole('button', { name: 'Hangup: +1 800 555 0100 is an official number of Norbury' }).textContent).toBe('✓Official');
    expect(screen.getByRole('status').textContent).toContain('1-800-555-0100 is official');
    expect(screen.getByRole('status').textContent).not.toContain('The real');
  });

  test('reasons and names holding markup are rendered as text', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const verdict = { ...scamVerdict, reasons: [`Listed by ${markup}`], vendor: { ...scamVerdict.vendor!, name: markup, statements: [markup] } };
    const { container } = render(<NumberMarker verdict={verdict} raw={markup} initiallyOpen />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('listitem').textContent).toBe(`Listed by ${markup}`);
    expect(screen.getByRole('heading').textContent).toBe(`Do not call ${markup}`);
    expect(container.textContent).toContain(`The real ${markup}:`);
  });

  test('a vendor with no contact details shows no contact box', () => {
    const verdict = { ...scamVerdict, vendor: { name: 'Quiet', phones: [], domains: [], statements: [] } };
    const { container } = render(<NumberMarker verdict={verdict} raw="x" initiallyOpen />);
    expect(container.querySelector('.contact')).toBeNull();
  });
});
