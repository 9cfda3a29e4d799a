import { useState } from 'preact/hooks';
import type { Response } from '@/lib/messaging';
import { formatInternational } from '@/lib/phone/format';
import { VerdictView } from './VerdictView';
import { t, type MessageKey } from '@/lib/i18n';

export type CheckResult = Response<'checkNumber'>;

export interface CheckNumberProps {
  onCheck: (input: string) => Promise<CheckResult>;
}

const PROBLEMS = {
  empty: 'check_problem_empty',
  'not-a-number': 'check_problem_not_a_number',
  invalid: 'check_problem_invalid',
} as const satisfies Record<string, MessageKey>;

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
      setFailure(t('check_failed', error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  const problem = result && !result.parsed.ok ? t(PROBLEMS[result.parsed.reason]) : failure;
  return (
    <div>
      <form onSubmit={submit} aria-describedby="check-help">
        <input
          id="check-input"
          type="text"
          inputMode="tel"
          autoComplete="off"
          aria-label={t('check_input_label')}
          placeholder={t('check_input_placeholder')}
          value={input}
          onInput={(event) => setInput((event.target as HTMLInputElement).value)}
          aria-invalid={problem ? 'true' : undefined}
          aria-errormessage={problem ? 'check-error' : undefined}
        />
        <button type="submit" disabled={busy}>
          {t('check_button')}
        </button>
      </form>
      <p id="check-help" class="muted">
        {t('check_help')}
      </p>
      <div aria-live="polite">
        {problem && (
          <p id="check-error" class="error" role="alert">
            {problem}
          </p>
        )}
        {result?.parsed.ok && result.verdict && <VerdictView verdict={result.verdict} shown={formatInternational(result.parsed.e164)} />}
      </div>
    </div>
  );
}
