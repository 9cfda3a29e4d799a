// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ReportForm } from '@/components/ReportForm';

afterEach(cleanup);

const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('ReportForm', () => {
  test('names each missing or bad field', async () => {
    const onFile = vi.fn(async () => 'ok');
    render(<ReportForm vendors={['Norbury Antivirus']} region="US" onFile={onFile} />);
    fireEvent.submit(screen.getByRole('button', { name: 'Report' }).closest('form')!);
    expect(await screen.findByText('Type the number that contacted you.')).toBeTruthy();
    expect(screen.getByText('Name the company the caller claimed to be.')).toBeTruthy();
    type('Number', '12345');
    fireEvent.submit(screen.getByRole('button', { name: 'Report' }).closest('form')!);
    expect(await screen.findByText(/not a valid phone number/)).toBeTruthy();
    expect(onFile).not.toHaveBeenCalled();
  });

  test('the first field to mend gets the focus, described by its error', async () => {
    render(<ReportForm vendors={['Norbury Antivirus']} region="US" onFile={vi.fn(async () => 'ok')} />);
    const submit = () => fireEvent.submit(screen.getByRole('button', { name: 'Report' }).closest('form')!);
    submit();
    await screen.findByText('Type the number that contacted you.');
    expect(document.activeElement).toBe(screen.getByLabelText('Number'));
    type('Number', '(888) 555-0142');
    submit();
    await screen.findByText('Name the company the caller claimed to be.');
    const vendor = screen.getByLabelText('They said they were');
    expect(document.activeElement).toBe(vendor);
    expect(document.getElementById(vendor.getAttribute('aria-describedby')!)?.textContent).toBe('Name the company the caller claimed to be.');
  });

  test('the outcome is read out from a live region that was there before it', async () => {
    render(<ReportForm vendors={['Norbury Antivirus']} region="US" onFile={vi.fn(async () => 'Reported.')} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    type('Number', '(888) 555-0142');
    type('They said they were', 'Norbury Antivirus');
    fireEvent.submit(screen.getByRole('button', { name: 'Report' }).closest('form')!);
    await screen.findByText('Reported.');
    expect(screen.getByRole('status')).toBe(status);
  });

  test('files a call report with the number in E.164, and previews it first', async () => {
    const onFile = vi.fn(async () => 'Reported.');
    render(<ReportForm vendors={['Norbury Antivirus']} region="US" onFile={onFile} />);
    type('Number', '(888) 555-0142');
    type('They said they were', 'Norbury Antivirus');
    type('Note (optional)', 'Said my PC was infected');
    expect(screen.getByText(/"e164": "\+18885550142"/)).toBeTruthy();
    fireEvent.submit(screen.getByRole('button', { name: 'Report' }).closest('form')!);
    expect(await screen.findByText('Reported.')).toBeTruthy();
    expect(onFile).toHaveBeenCalledWith({
      e164: '+18885550142',
      asSeen: '(888) 555-0142',
      vendorName: 'Norbury Antivirus',
      channel: 'call',
      verdict: 'user',
      reasons: [],
      note: 'Said my PC was infected',
      share: { origin: false },
    });
  });

  test('a failure is shown as an alert', async () => {
    render(<ReportForm vendors={[]} region="US" onFile={async () => Promise.reject(new Error('The background is not answering'))} />);
    type('Number', '+1 888 555 0142');
    type('They said they were', 'Someone');
    fireEvent.submit(screen.getByRole('button', { name: 'Report' }).closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('The background is not answering');
  });
});
