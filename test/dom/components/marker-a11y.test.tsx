// @vitest-environment happy-dom
import axe from 'axe-core';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { NumberMarker } from '@/components/NumberMarker';
import { MARKER_CSS } from '@/components/marker-styles';
import type { NumberVerdict } from '@/lib/detect/verdict';

afterEach(cleanup);

const verdict: NumberVerdict = {
  e164: '+18885550142',
  shown: '+1 888 555 0142',
  verdict: 'scam',
  reasons: ['Listed as a scam number by Hangup demo list.'],
  lists: ['Hangup demo list'],
  vendor: { name: 'Norbury Antivirus', phones: ['+1 800 555 0100'], domains: ['norbury.example'], statements: ['Norbury never calls you unexpectedly.'] },
};

const reporter = {
  vendorName: 'Norbury Antivirus',
  origin: 'https://shop.example',
  excerpt: 'call 1-888-555-0142',
  file: vi.fn(),
  undo: vi.fn(),
  undoSeconds: 5,
  defaults: { origin: false, excerpt: false },
  setNotScam: vi.fn(),
};

// Colour contrast needs layout, which happy-dom does not do: see marker-contrast.test.ts.
const RULES = { runOnly: { type: 'tag' as const, values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } };

test('the opened warning, with its report choices, has no accessibility violations', async () => {
  const { container } = render(<NumberMarker verdict={verdict} raw="1-888-555-0142" reporter={reporter} />);
  fireEvent.click(screen.getByRole('button', { name: /known scam number/ }));
  expect(screen.getByRole('alert')).toBeTruthy();
  const result = await axe.run(container, RULES);
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the badge says what it is to a screen reader and tells whether the card is open', () => {
  render(<NumberMarker verdict={verdict} raw="1-888-555-0142" />);
  const badge = screen.getByRole('button', { name: 'Hangup: +1 888 555 0142 is a known scam number' });
  expect(badge.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(badge);
  expect(badge.getAttribute('aria-expanded')).toBe('true');
});

test('the marker styles keep a visible focus ring', () => {
  expect(MARKER_CSS).toMatch(/\.badge:focus-visible\s*\{[^}]*outline: 2px solid/);
  expect(MARKER_CSS).toMatch(/\.action:focus-visible/);
});
