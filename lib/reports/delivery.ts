import { parseRetryAfter } from '../backoff';
import { t } from '../i18n';

export type DeliveryOutcome =
  | { kind: 'sent' }
  /** Try again later: network trouble, 5xx, 408/425/429, or 409 (an inbox still settling a duplicate). */
  | { kind: 'retry'; reason: string; retryAfterMs: number }
  /** Refused for good (other 4xx): keeping it would only repeat the refusal. */
  | { kind: 'failed'; reason: string };

const RETRYABLE_4XX = new Set([408, 409, 425, 429]);

/**
 * POSTs one report with its id as the Idempotency-Key, so an inbox that
 * already has it answers without storing it twice.
 */
export async function deliver(url: string, reportId: string, body: string, options: { fetch?: typeof fetch; timeoutMs?: number; now?: number } = {}): Promise<DeliveryOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 30_000);
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': reportId },
      body,
      signal: controller.signal,
      credentials: 'omit',
      redirect: 'error',
      cache: 'no-store',
    });
    const detail = await response.text().catch(() => '');
    if (response.ok) return { kind: 'sent' };
    const why = `${response.status}${detail ? `: ${summarise(detail)}` : ''}`;
    if (response.status >= 500 || RETRYABLE_4XX.has(response.status)) {
      return { kind: 'retry', reason: t('report_error_answered', why), retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), options.now ?? Date.now()) };
    }
    return { kind: 'failed', reason: t('report_error_refused', why) };
  } catch (error) {
    const reason = controller.signal.aborted ? t('report_error_timeout') : t('report_error_unreachable', error instanceof Error ? error.message : String(error));
    return { kind: 'retry', reason, retryAfterMs: 0 };
  } finally {
    clearTimeout(timer);
  }
}

/** A short, single-line version of a server's error text (it is shown as text, never as HTML). */
function summarise(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}
