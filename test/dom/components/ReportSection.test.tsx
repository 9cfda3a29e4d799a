// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { FiledView, ReportSection, type Reporter } from '@/components/ReportSection';

afterEach(cleanup);

function reporter(overrides: Partial<Reporter> = {}): Reporter {
  return {
    vendorName: 'Norbury Antivirus',
    origin: 'https://shop.example',
    excerpt: 'Dear [name], call 1-888-555-0142 about your renewal',
    file: vi.fn(async () => ({ reportId: 'r1', duplicate: false, state: 'queued' as const, destination: 'norbury.example' })),
    undo: vi.fn(async () => true),
    undoSeconds: 5,
    defaults: { origin: false, excerpt: false },
    setNotScam: vi.fn(async () => {}),
    ...overrides,
  };
}

describe('ReportSection', () => {
  test('shows what would be shared before anything is ticked', () => {
    render(<ReportSection reporter={reporter()} />);
    expect(screen.getByText('https://shop.example')).toBeTruthy();
    expect(screen.getByText(/call 1-888-555-0142 about your renewal/)).toBeTruthy();
    for (const box of screen.getAllByRole('checkbox')) expect((box as HTMLInputElement).checked).toBe(false);
  });

  test('a click a script makes up (not trusted) files nothing', async () => {
    const r = reporter();
    render(<ReportSection reporter={r} />);
    fireEvent.click(screen.getByRole('button', { name: 'Report to Norbury Antivirus' }));
    screen.getByRole('button', { name: 'Report to Norbury Antivirus' }).click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(r.file).not.toHaveBeenCalled();
  });

  test('page text in the excerpt is shown as text, never as markup', () => {
    const { container } = render(<ReportSection reporter={reporter({ excerpt: '<img src=x onerror=alert(1)> call now' })} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)> call now');
  });

  test('the person’s defaults from the options page are ticked to begin with', () => {
    render(<ReportSection reporter={reporter({ defaults: { origin: true, excerpt: true } })} />);
    for (const box of screen.getAllByRole('checkbox')) expect((box as HTMLInputElement).checked).toBe(true);
  });

  test('a made-up click on "Not a scam" does nothing', async () => {
    const r = reporter();
    render(<ReportSection reporter={r} />);
    fireEvent.click(screen.getByRole('button', { name: 'Not a scam' }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(r.setNotScam).not.toHaveBeenCalled();
  });

  test('with no excerpt, no excerpt choice is offered', () => {
    render(<ReportSection reporter={reporter({ excerpt: '' })} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
  });
});

describe('FiledView', () => {
  const filed = { reportId: 'r1', duplicate: false, state: 'queued' as const, destination: 'norbury.example' };

  test('a report on its way says where it goes', () => {
    render(<FiledView report={filed} vendorName="Norbury Antivirus" undoLeft={0} onUndo={() => {}} />);
    expect(screen.getByRole('status').textContent).toMatch(/It goes to norbury\.example now/);
  });

  test('a report Firefox may not send yet says how to allow it', () => {
    render(<FiledView report={{ ...filed, needsConsent: true }} vendorName="Norbury Antivirus" undoLeft={5} onUndo={() => {}} />);
    const status = screen.getByRole('status').textContent ?? '';
    expect(status).toMatch(/open Hangup from the toolbar and choose “Allow sending”/);
    expect(status).not.toMatch(/norbury\.example/);
    expect(screen.getByRole('button', { name: /Undo/ })).toBeTruthy();
  });

  test('only the announcement is a live region: the undo countdown is not read out every second', () => {
    render(<FiledView report={filed} vendorName="Norbury Antivirus" undoLeft={5} onUndo={() => {}} />);
    expect(screen.getByRole('status').textContent).not.toMatch(/Undo/);
    expect(screen.getByRole('button', { name: /Undo/ })).toBeTruthy();
  });

  test('shown in place of the Report button, it takes the focus, and gives it to the announcement when the undo button goes', () => {
    const { rerender } = render(<FiledView report={filed} vendorName="Norbury Antivirus" undoLeft={2} onUndo={() => {}} takeFocus />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Undo/ }));
    rerender(<FiledView report={filed} vendorName="Norbury Antivirus" undoLeft={1} onUndo={() => {}} takeFocus />);
    rerender(<FiledView report={filed} vendorName="Norbury Antivirus" undoLeft={0} onUndo={() => {}} takeFocus />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('status'));
  });
});

describe('ReportSection, with a person clicking', () => {
  /** A click as the browser delivers a person's: `isTrusted`, which a page script cannot make up. */
  const personClicks = (element: Element) => {
    const event = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(event, 'isTrusted', { get: () => true });
    element.dispatchEvent(event);
  };

  test('"Not a scam" that cannot be saved says so, and the choice can be made again', async () => {
    const setNotScam = vi.fn(async () => {
      throw new Error('Settings could not be saved.');
    });
    render(<ReportSection reporter={reporter({ setNotScam })} />);
    personClicks(screen.getByRole('button', { name: /Not a scam/i }));
    await screen.findByText('Settings could not be saved.');
    expect(setNotScam).toHaveBeenCalledWith(true);
    expect(screen.getByRole('button', { name: /Not a scam/i })).toBeTruthy();
  });

  test('"Not a scam" and its undo go back and forth', async () => {
    const setNotScam = vi.fn(async () => {});
    render(<ReportSection reporter={reporter({ setNotScam })} />);
    personClicks(screen.getByRole('button', { name: /Not a scam/i }));
    personClicks(await screen.findByRole('button', { name: /Undo/i }));
    personClicks(await screen.findByRole('button', { name: /Not a scam/i }));
    await screen.findByRole('button', { name: /Undo/i });
    expect(setNotScam.mock.calls).toEqual([[true], [false], [true]]);
  });
});
