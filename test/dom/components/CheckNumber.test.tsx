// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { CheckNumber, type CheckResult } from '@/components/CheckNumber';
import { noneVerdict, officialVerdict, scamVerdict } from './verdicts';

afterEach(cleanup);

function check(input: string, onCheck: (input: string) => Promise<CheckResult>) {
  const inputs: string[] = [];
  render(
    <CheckNumber
      onCheck={(value) => {
        inputs.push(value);
        return onCheck(value);
      }}
    />,
  );
  const field = screen.getByRole('textbox', { name: 'Phone number to check' });
  fireEvent.input(field, { target: { value: input } });
  fireEvent.submit(field.closest('form')!);
  return { inputs, field };
}

describe('CheckNumber', () => {
  test.each([
    ['empty', 'Type the number that called you'],
    ['not-a-number', 'That does not look like a phone number'],
    ['invalid', 'That is not a valid phone number'],
  ] as const)('explains a %s result', async (reason, message) => {
    const { field } = check('abc', async () => ({ parsed: { ok: false, reason } }));
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-errormessage')).toBe('check-error');
  });

  test.each([
    [scamVerdict, '+1 202 555 0143 is a known scam number'],
    [officialVerdict, '+1 800 555 0100 is an official Norbury number'],
    [noneVerdict, '+1 202 555 0100 is not on your lists'],
  ])('renders the $verdict verdict', async (verdict, heading) => {
    // The popup formats the E.164 itself (the heading's number).
    const { inputs, field } = check(' (202) 555-0143 ', async () => ({ parsed: { ok: true, e164: verdict.e164 }, verdict }));
    expect((await screen.findByRole('heading', { name: heading })).closest('[data-verdict]')?.getAttribute('data-verdict')).toBe(verdict.verdict);
    for (const reason of verdict.reasons) expect(screen.getByText(reason).tagName).toBe('LI');
    expect(inputs).toEqual([' (202) 555-0143 ']);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  test('a failed check says why, and a later check clears it', async () => {
    let fail = true;
    check('+12025550143', async () => {
      if (fail) throw new Error('No reply from the background');
      return { parsed: { ok: true, e164: scamVerdict.e164 }, verdict: scamVerdict };
    });
    expect((await screen.findByRole('alert')).textContent).toBe('Could not check the number: No reply from the background');
    fail = false;
    fireEvent.submit(screen.getByRole('textbox').closest('form')!);
    await screen.findByRole('heading', { name: /known scam number/ });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('the button is disabled while a check runs', async () => {
    let finish!: (result: CheckResult) => void;
    check('+12025550143', () => new Promise((resolve) => (finish = resolve)));
    const button = screen.getByRole('button', { name: 'Check' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    finish({ parsed: { ok: false, reason: 'invalid' } });
    await screen.findByRole('alert');
    expect(button.disabled).toBe(false);
  });
});
