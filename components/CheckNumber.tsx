import { useState } from 'preact/hooks';
import type { Response } from '@/lib/messaging';
import { VerdictView } from './VerdictView';

export type CheckResult = Response<'checkNumber'>;

export interface CheckNumberProps {
  onCheck: (input: string) => Promise<CheckResult>;
}

const PROBLEMS = {
  empty: 'Type the number that called you, for example (202) 555-0143.',
  'not-a-number': 'That does not look like a phone number. Type its digits, for example +1 202 555 0143.',
  invalid: 'That is not a valid phone number. Check the digits and add the country code, for example +44 20 7946 0000.',
} as const;

/** "Check a number that called me": any format in, verdict and reasons out. */
export function CheckNumber({ onCheck }: CheckNumberProps) {
  const [input, setInput] = useState('');
  const [result, setResult] = useState<CheckResult | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      setResult(await onCheck(input));
    } catch (error) {
      setResult(undefined);
      setFailure(`Could not check the number: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  const problem = result && !result.parsed.ok ? PROBLEMS[result.parsed.reason] : failure;
  return (
    <div>
      <form onSubmit={submit} aria-describedby="check-help">
        <input
          id="check-input"
          type="text"
          inputMode="tel"
          autoComplete="off"
          aria-label="Phone number to check"
          placeholder="e.g. +1 202 555 0143"
          value={input}
          onInput={(event) => setInput((event.target as HTMLInputElement).value)}
          aria-invalid={problem ? 'true' : undefined}
          aria-errormessage={problem ? 'check-error' : undefined}
        />
        <button type="submit" disabled={busy}>
          Check
        </button>
      </form>
      <p id="check-help" class="muted">
        Checked on this device against your lists. Nothing is sent.
      </p>
      <div aria-live="polite">
        {problem && (
          <p id="check-error" class="error" role="alert">
            {problem}
          </p>
        )}
        {result?.parsed.ok && result.verdict && <VerdictView verdict={result.verdict} shown={result.parsed.international} />}
      </div>
    </div>
  );
}
