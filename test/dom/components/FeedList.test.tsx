// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { FeedList } from '@/components/FeedList';
import type { FeedSummary } from '@/lib/messaging';

afterEach(cleanup);

const summary = (overrides: Partial<FeedSummary> = {}): FeedSummary => ({
  feedId: 'demo',
  name: 'Demo list',
  version: 3,
  count: 1234,
  updatedAt: Date.UTC(2026, 10, 24, 12),
  vendors: ['Norbury', 'Helix Bank'],
  ...overrides,
});

describe('FeedList', () => {
  test('says so when there are no lists', () => {
    render(<FeedList feeds={[]} />);
    expect(screen.getByText('No lists yet.')).toBeTruthy();
  });

  test('shows each list with its count, version and vendors', () => {
    const { container } = render(<FeedList feeds={[summary(), summary({ feedId: 'one', name: 'Tiny', count: 1, vendors: [] })]} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-feed'))).toEqual(['demo', 'one']);
    expect(items[0]?.textContent).toMatch(/^Demo list — 1,234 numbers/);
    expect(items[0]?.textContent).toContain('Version 3, updated ');
    expect(items[0]?.textContent).toContain(' · Norbury, Helix Bank');
    expect(items[1]?.textContent).toMatch(/^Tiny — 1 number(?!s)/);
    expect(items[1]?.textContent).not.toContain('·');
    expect(container.querySelector('.error')).toBeNull();
  });

  test('a failed update says the previous list is still in use', () => {
    render(<FeedList feeds={[summary({ lastError: 'signature does not verify' })]} />);
    expect(screen.getByText(/Last update failed/).textContent).toBe('Last update failed: signature does not verify. The previous list (version 3) is still in use.');
  });

  test('a stale list says it is out of date and still in use', () => {
    render(<FeedList feeds={[summary({ stale: true, expires: '2026-01-01T00:00:00Z' })]} />);
    expect(screen.getByText(/Out of date/).textContent).toMatch(/^Out of date since .+: no newer list could be fetched\. The last good list is still in use\.$/);
  });

  test('a feed being updated says so instead of its state', () => {
    render(<FeedList feeds={[summary({ syncing: true, lastError: 'old problem' })]} />);
    expect(screen.getByText('Updating…')).toBeTruthy();
    expect(screen.queryByText(/Last update failed/)).toBeNull();
  });

  test('names holding markup are rendered as text', () => {
    const { container } = render(<FeedList feeds={[summary({ name: '<img src=x>', vendors: ['<b>x</b>'] })]} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x>');
  });
});
