// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';

const calls: string[] = [];
vi.mock('@/lib/messaging', () => ({
  sendMessage: async (type: string) => {
    calls.push(type);
    if (type === 'listFeeds') return { feeds: [] };
    if (type === 'getSettings') return { pausedSites: ['https://a.example'], notScam: [], sensitivity: 'standard', reportSharing: { origin: false, excerpt: false } };
    if (type === 'setSitePaused') throw new Error('Could not save the setting.');
    return {};
  },
}));

describe('options page', () => {
  test('an action that fails says so, and the next poll of the lists does not wipe the message', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    document.body.innerHTML = '<div id="app"></div>';
    await import('@/entrypoints/options/main');
    fireEvent.click(await screen.findByRole('button', { name: /a\.example/ }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Could not save the setting.'));
    const polls = calls.filter((call) => call === 'listFeeds').length;
    await vi.advanceTimersByTimeAsync(3_500);
    expect(calls.filter((call) => call === 'listFeeds').length).toBeGreaterThan(polls);
    expect(screen.getByRole('alert').textContent).toContain('Could not save the setting.');
    vi.useRealTimers();
  });
});
