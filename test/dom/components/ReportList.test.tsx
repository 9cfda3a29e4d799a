// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { ReportList } from '@/components/ReportList';
import type { ReportSummary } from '@/lib/messaging';

afterEach(cleanup);

const base: ReportSummary = {
  reportId: '6f1d2b8e-3c4a-4f5b-9d6e-7a8b9c0d1e2f',
  e164: '+18885550142',
  asSeen: '1-888-555-0142',
  vendorName: 'Norbury Antivirus',
  channel: 'web',
  state: 'queued',
  createdAt: 0,
  nextAttempt: 0,
  attempts: 0,
  destination: 'norbury.example',
  body: '{"a":1}',
};

test.each([
  [{ state: 'sent' as const, sentAt: 1 }, /Sent to norbury\.example/],
  [{ state: 'queued' as const }, /Waiting to be sent to norbury\.example/],
  [{ state: 'queued' as const, attempts: 2, lastError: 'the inbox could not be reached' }, /Not sent yet \(the inbox could not be reached\)\. Next try/],
  [{ state: 'failed' as const, lastError: 'the inbox refused it (422)' }, /Not sent: the inbox refused it \(422\)/],
  [{ state: 'email' as const, mailto: 'mailto:x@y.example' }, /takes reports by e-mail/],
  [{ state: 'saved' as const }, /takes no reports/],
])('shows the state %#', (overrides, text) => {
  render(<ReportList reports={[{ ...base, ...overrides }]} onRetry={() => {}} onDelete={() => {}} />);
  expect(screen.getByText(text)).toBeTruthy();
});

test('retry is offered for failed reports; delete for all; e-mail reports link the message', () => {
  const onRetry = vi.fn();
  const onDelete = vi.fn();
  render(<ReportList reports={[{ ...base, state: 'failed' }, { ...base, reportId: 'b', state: 'email', mailto: 'mailto:x@y.example' }]} onRetry={onRetry} onDelete={onDelete} />);
  fireEvent.click(screen.getByRole('button', { name: 'Retry now' }));
  expect(onRetry).toHaveBeenCalledTimes(1);
  expect(screen.getByRole('link', { name: 'Open the e-mail' }).getAttribute('href')).toBe('mailto:x@y.example');
  fireEvent.click(screen.getAllByRole('button', { name: /Delete the report/ })[0]!);
  expect(onDelete).toHaveBeenCalledTimes(1);
});

test('a report held for Firefox consent says so and offers to allow sending, not a retry', () => {
  const onAllow = vi.fn();
  const held = { ...base, attempts: 0, needsConsent: ['websiteContent' as const], lastError: 'held' };
  render(<ReportList reports={[held]} onRetry={() => {}} onDelete={() => {}} onAllow={onAllow} />);
  expect(screen.getByText(/Waiting for your permission: Firefox asks/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Retry now' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Allow sending' }));
  expect(onAllow).toHaveBeenCalledWith(held);
});

test('without a way to ask (Chrome), no allow button is shown', () => {
  render(<ReportList reports={[{ ...base, needsConsent: ['websiteContent'] }]} onRetry={() => {}} onDelete={() => {}} />);
  expect(screen.queryByRole('button', { name: 'Allow sending' })).toBeNull();
});
