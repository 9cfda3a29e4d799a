import type { DataCategory } from './data-collection';
import type { Report } from './payload';

/** Where a report goes: the vendor's inbox, a prefilled e-mail, or nowhere Hangup can send to. */
export type ReportTarget = { kind: 'endpoint'; url: string } | { kind: 'email'; address: string } | { kind: 'none' };

/**
 * A report's life: `queued` (waiting for its undo window, or a retry), `sent`
 * (the inbox took it), `failed` (refused for good, with the reason), or
 * `email` (the person is shown a prefilled message to send themselves) and
 * `saved` (no way to send it; kept, with the national fraud-report site shown).
 */
export type ReportState = 'queued' | 'sent' | 'failed' | 'email' | 'saved';

export interface OutboxItem {
  report: Report;
  /** The exact JSON sent, so every retry is byte-identical. */
  body: string;
  target: ReportTarget;
  state: ReportState;
  attempts: number;
  /** Not sent before this time: the undo window, then the back-off. */
  nextAttempt: number;
  createdAt: number;
  sentAt?: number;
  lastError?: string;
  /**
   * Firefox has not been allowed to send these kinds of data yet: the report
   * waits (still `queued`) until the person allows them or it expires.
   */
  needsConsent?: DataCategory[];
}
