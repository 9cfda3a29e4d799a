import { HOUR, MINUTE, retryDelay, type BackoffScale } from '../backoff';
import { t } from '../i18n';
import type { OutboxStore } from '../lists/outbox-store';
import type { Vendor } from '../lists/types';
import { dataCollectionOf, type DataCategory } from './data-collection';
import { deliver } from './delivery';
import { UNDO_MS } from './limits';
import { checkReport, REPORT_SCHEMA, type Channel, type Report } from './payload';
import { reportTarget } from './target';
import type { OutboxItem } from './types';

/** What a person (or a click on a warning) asks to report. */
export interface FileRequest {
  e164: string;
  asSeen: string;
  vendorId?: string;
  vendorName: string;
  channel: Channel;
  verdict: Report['verdict'];
  reasons: string[];
  seenAt?: string;
  note?: string;
  /** Only what the person opted in to share, already redacted. */
  context?: Report['context'];
}

export interface ReportsOptions {
  outbox: OutboxStore;
  vendors: () => Promise<Vendor[]>;
  /** Where reports go when the vendor names no endpoint or address (the default feed's inbox). */
  fallbackUrl?: string;
  version: string;
  now?: () => number;
  uuid?: () => string;
  fetch?: typeof fetch;
  random?: () => number;
  /** Time to undo a report before it is sent. */
  undoMs?: number;
  /**
   * Whether the browser lets these kinds of data be sent (Firefox's built-in
   * consent); no check when absent (Chrome has none).
   */
  consent?: (categories: DataCategory[]) => Promise<boolean>;
}

export { UNDO_MS } from './limits';
/** The same number reported again within a day is the same report. */
export const DEDUPE_MS = 24 * HOUR;
/** A report that could not be delivered in this long is given up, and the person told. */
export const EXPIRE_MS = 8 * 24 * HOUR;
export const REPORT_BACKOFF: BackoffScale = { baseMs: MINUTE, maxMs: 6 * HOUR };
/** A report waiting for consent is looked at again this often (consent can also be given in the add-on's settings). */
export const CONSENT_RECHECK_MS = HOUR;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Files reports and delivers them. Every report is in the outbox before any
 * network call; delivery retries with back-off and jitter (honouring
 * Retry-After) until the inbox takes it, refuses it for good, or it expires.
 */
export class ReportsService {
  private readonly now: () => number;
  private readonly sending = new Set<string>();

  constructor(private readonly options: ReportsOptions) {
    this.now = options.now ?? Date.now;
  }

  async file(request: FileRequest): Promise<{ item: OutboxItem; duplicate: boolean }> {
    const now = this.now();
    const report: Report = {
      schema: REPORT_SCHEMA,
      reportId: (this.options.uuid ?? (() => crypto.randomUUID()))(),
      createdAt: new Date(now).toISOString(),
      number: { e164: request.e164, asSeen: clip(request.asSeen.trim() || request.e164, 64) },
      vendor: { ...(request.vendorId ? { id: request.vendorId } : {}), name: clip(request.vendorName, 80) },
      channel: request.channel,
      verdict: request.verdict,
      reasons: request.reasons.slice(0, 10).map((reason) => clip(reason, 300)),
      ...(request.seenAt ? { seenAt: request.seenAt } : {}),
      ...(request.note?.trim() ? { note: clip(request.note.trim(), 1000) } : {}),
      ...(request.context && Object.keys(request.context).length > 0 ? { context: request.context } : {}),
      client: { name: 'hangup', version: this.options.version },
    };
    const checked = checkReport(report);
    if (!checked.ok) throw new Error(t('report_invalid', checked.error));
    const vendors = await this.options.vendors();
    const vendor = vendors.find((candidate) => candidate.id === request.vendorId) ?? vendorNamed(vendors, request.vendorName);
    const target = reportTarget(vendor, this.options.fallbackUrl);
    const waitsFor = target.kind === 'endpoint' ? await this.missingConsent(checked.report) : undefined;
    const item: OutboxItem = {
      report: checked.report,
      body: JSON.stringify(checked.report),
      target,
      state: target.kind === 'endpoint' ? 'queued' : target.kind === 'email' ? 'email' : 'saved',
      attempts: 0,
      nextAttempt: now + (this.options.undoMs ?? UNDO_MS),
      createdAt: now,
      ...(waitsFor ? { needsConsent: waitsFor } : {}),
    };
    const stored = await this.options.outbox.putUnlessRecent(item, now - DEDUPE_MS);
    return { item: stored, duplicate: stored !== item };
  }

  /** Withdraws a report still inside its undo window. */
  async undo(reportId: string): Promise<boolean> {
    const item = await this.options.outbox.get(reportId);
    if (!item || item.attempts > 0 || item.state === 'sent' || this.sending.has(reportId) || this.now() >= item.nextAttempt) return false;
    await this.options.outbox.delete(reportId);
    return true;
  }

  async list(): Promise<OutboxItem[]> {
    return this.options.outbox.all();
  }

  async remove(reportId: string): Promise<boolean> {
    if (this.sending.has(reportId)) return false;
    const existed = Boolean(await this.options.outbox.get(reportId));
    await this.options.outbox.delete(reportId);
    return existed;
  }

  /** Sends a queued or failed report again now. */
  async retry(reportId: string): Promise<OutboxItem | undefined> {
    const item = await this.options.outbox.get(reportId);
    if (!item || item.target.kind !== 'endpoint' || item.state === 'sent') return item;
    // Still inside its undo window: it goes out when the window ends (no longer held, if consent came meanwhile).
    if (item.state === 'queued' && this.inUndoWindow(item)) {
      if (!item.needsConsent || (await this.missingConsent(item.report))) return item;
      const allowed: OutboxItem = { ...item };
      delete allowed.needsConsent;
      await this.options.outbox.put(allowed);
      return allowed;
    }
    const next: OutboxItem = { ...item, state: 'queued', nextAttempt: this.now(), createdAt: item.state === 'failed' ? this.now() : item.createdAt };
    delete next.lastError;
    await this.options.outbox.put(next);
    await this.deliverDue();
    return this.options.outbox.get(reportId);
  }

  /**
   * Sends the reports held for the browser's consent now (it may just have been
   * given), after their undo window; returns the earliest next attempt still
   * pending, as `deliverDue` does.
   */
  async resumeHeld(): Promise<number | undefined> {
    for (const item of await this.options.outbox.all()) {
      if (item.state !== 'queued' || !item.needsConsent || this.inUndoWindow(item)) continue;
      await this.options.outbox.put({ ...item, nextAttempt: this.now() });
    }
    return this.deliverDue();
  }

  private inUndoWindow(item: OutboxItem): boolean {
    return item.attempts === 0 && this.now() < item.createdAt + (this.options.undoMs ?? UNDO_MS);
  }

  /** Delivers every queued report whose time has come; returns the earliest next attempt still pending. */
  async deliverDue(): Promise<number | undefined> {
    for (const item of await this.options.outbox.all()) {
      if (item.state !== 'queued' || item.nextAttempt > this.now() || this.sending.has(item.report.reportId)) continue;
      this.sending.add(item.report.reportId);
      try {
        await this.attempt(item);
      } finally {
        this.sending.delete(item.report.reportId);
      }
    }
    const pending = (await this.options.outbox.all()).filter((item) => item.state === 'queued').map((item) => item.nextAttempt);
    return pending.length ? Math.min(...pending) : undefined;
  }

  /** The kinds of data in `report` the browser has not been allowed to send; undefined when it may go. */
  private async missingConsent(report: Report): Promise<DataCategory[] | undefined> {
    if (!this.options.consent) return undefined;
    const categories = dataCollectionOf(report);
    const allowed = await this.options.consent(categories).catch(() => false);
    return allowed ? undefined : categories;
  }

  private async attempt(listed: OutboxItem): Promise<void> {
    if (listed.target.kind !== 'endpoint') return;
    // Re-read: the person may have deleted or undone it since the list was taken, and another pass (the alarm
    // that woke the background and its start-up both deliver) may have sent it or set its next try meanwhile.
    const item = await this.options.outbox.get(listed.report.reportId);
    if (!item || item.target.kind !== 'endpoint' || item.state !== 'queued' || item.nextAttempt > this.now()) return;
    const now = this.now();
    if (now - item.createdAt > EXPIRE_MS) {
      await this.options.outbox.put({ ...item, state: 'failed', lastError: t('reports_expired') });
      return;
    }
    const waitsFor = await this.missingConsent(item.report);
    if (waitsFor) {
      await this.options.outbox.put({ ...item, needsConsent: waitsFor, nextAttempt: now + CONSENT_RECHECK_MS, lastError: t('reports_needs_consent') });
      return;
    }
    // Allowed now: what it was waiting for is no longer its state.
    const base: OutboxItem = { ...item };
    delete base.needsConsent;
    if (item.needsConsent) delete base.lastError;
    const outcome = await deliver(item.target.url, item.report.reportId, item.body, { now, ...(this.options.fetch ? { fetch: this.options.fetch } : {}) });
    const attempts = item.attempts + 1;
    if (!(await this.options.outbox.get(item.report.reportId))) return;
    if (outcome.kind === 'sent') {
      const sent: OutboxItem = { ...base, attempts, state: 'sent', sentAt: this.now() };
      delete sent.lastError;
      await this.options.outbox.put(sent);
    } else if (outcome.kind === 'failed') {
      await this.options.outbox.put({ ...base, attempts, state: 'failed', lastError: outcome.reason });
    } else {
      const delay = retryDelay(attempts, outcome.retryAfterMs, this.options.random, REPORT_BACKOFF);
      await this.options.outbox.put({ ...base, attempts, nextAttempt: this.now() + delay, lastError: outcome.reason });
    }
  }
}

/** The vendor a person named (in the popup's report form): by its name or one of its aliases, in any case and spacing. */
function vendorNamed<V extends { name: string; aliases?: readonly string[] }>(vendors: readonly V[], named: string | undefined): V | undefined {
  const key = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const wanted = named ? key(named) : '';
  if (!wanted) return undefined;
  return vendors.find((vendor) => key(vendor.name) === wanted) ?? vendors.find((vendor) => (vendor.aliases ?? []).some((alias) => key(alias) === wanted));
}
