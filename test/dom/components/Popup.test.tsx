// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { Popup, type PopupProps } from '@/components/Popup';

afterEach(cleanup);

function popup(overrides: Partial<PopupProps> = {}) {
  return render(
    <Popup feeds={undefined} site={undefined} onCheck={async () => ({ parsed: { ok: false, reason: 'empty' } })} onTogglePause={() => {}} {...overrides} />,
  );
}
const section = (name: string) => screen.getByRole('region', { name });

describe('Popup', () => {
  test('has the check, site and lists sections', () => {
    popup();
    expect(within(section('Check a number that called you')).getByRole('textbox')).toBeTruthy();
    expect(within(section('This site')).getByText('Hangup does not run on this page.')).toBeTruthy();
    expect(within(section('Your lists')).getByText('Loading…')).toBeTruthy();
  });

  test('shows the lists once loaded', () => {
    popup({ feeds: [{ feedId: 'demo', name: 'Demo list', version: 1, count: 8, updatedAt: 0, vendors: [] }] });
    expect(within(section('Your lists')).getByRole('listitem').textContent).toContain('Demo list — 8 numbers');
  });

  test('what went wrong with an action is announced on its own, not as a problem with the lists', () => {
    popup({ actionError: 'Could not delete the report.' });
    expect(screen.getByRole('alert').textContent).toBe('Could not delete the report.');
    expect(within(section('Your lists')).queryByText(/Problem with the lists/)).toBeNull();
  });

  test('an error reading the lists is shown with no list', () => {
    popup({ feedsError: 'No reply from the background' });
    expect(within(section('Your lists')).getByText(/Problem with the lists/).textContent).toBe('Problem with the lists: No reply from the background');
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  test('a problem with one list is shown beside the lists that still serve', () => {
    popup({ feeds: [{ feedId: 'demo', name: 'Demo list', version: 1, count: 8, updatedAt: 0, vendors: [] }], feedsError: 'The bundled list could not be loaded: bad' });
    expect(within(section('Your lists')).getByText(/Problem with the lists/).textContent).toContain('bundled list could not be loaded');
    expect(within(section('Your lists')).getByRole('listitem').textContent).toContain('Demo list');
  });

  test('shows the current site', () => {
    popup({ site: { origin: 'https://mail.example.com', paused: true } });
    expect(within(section('This site')).getByRole('button', { name: 'Resume' })).toBeTruthy();
  });
});
