import type { CountryCode } from 'libphonenumber-js/min';
import type { Handlers } from './router';
import type { ReportSummary } from '../messaging';
import { fraudReportSite } from '../reports/fraud-sites';
import { redactExcerpt } from '../reports/redact';
import type { ReportsService } from '../reports/service';
import { mailtoLink } from '../reports/target';
import type { OutboxItem } from '../reports/types';

type ReportHandlers = Pick<Handlers, 'fileReport' | 'undoReport' | 'listReports' | 'retryReport' | 'deleteReport'>;

export function summariseReport(item: OutboxItem): ReportSummary {
  const { report, target } = item;
  const destination = target.kind === 'endpoint' ? new URL(target.url).host : target.kind === 'email' ? target.address : undefined;
  return {
    reportId: report.reportId,
    e164: report.number.e164,
    asSeen: report.number.asSeen,
    vendorName: report.vendor.name,
    channel: report.channel,
    state: item.state,
    createdAt: item.createdAt,
    nextAttempt: item.nextAttempt,
    attempts: item.attempts,
    body: item.body,
    ...(item.sentAt ? { sentAt: item.sentAt } : {}),
    ...(item.lastError ? { lastError: item.lastError } : {}),
    ...(item.needsConsent ? { needsConsent: item.needsConsent } : {}),
    ...(destination ? { destination } : {}),
    ...(target.kind === 'email'
      ? {
          mailto: mailtoLink(target.address, {
            subject: `Scam number impersonating ${report.vendor.name}: ${report.number.e164}`,
            lines: ['A number that pretends to be you, reported with Hangup.', '', item.body],
          }),
        }
      : {}),
  };
}

/**
 * Filing and managing reports. What a content script shares is limited here
 * too: its page origin comes from the browser (not the message), and an
 * excerpt is redacted again whatever the sender did.
 */
export function createReportHandlers(deps: { reports: ReportsService; region: () => CountryCode; onFiled: () => void }): ReportHandlers {
  const { reports, region } = deps;
  return {
    async fileReport(request, caller) {
      const { share, ...rest } = request;
      const context = {
        ...(share.origin && caller.kind === 'content' ? { origin: caller.origin } : {}),
        ...(share.subject?.trim() ? { subject: share.subject.trim().slice(0, 300) } : {}),
        ...(share.excerpt?.trim() ? { excerpt: redactExcerpt(share.excerpt, { keepDigits: request.e164 }) } : {}),
      };
      const { item, duplicate } = await reports.file({ ...rest, ...(Object.keys(context).length ? { context } : {}) });
      deps.onFiled();
      const site = item.state === 'saved' ? fraudReportSite(region()) : undefined;
      return { report: summariseReport(item), duplicate, ...(site ? { fraudSite: site } : {}) };
    },
    async undoReport({ reportId }) {
      return { undone: await reports.undo(reportId) };
    },
    async listReports() {
      const items = await reports.list();
      const site = fraudReportSite(region());
      return { reports: items.map(summariseReport), ...(site && items.some((item) => item.state === 'saved') ? { fraudSite: site } : {}) };
    },
    async retryReport({ reportId }) {
      const item = await reports.retry(reportId);
      return item ? { report: summariseReport(item) } : {};
    },
    async deleteReport({ reportId }) {
      return { deleted: await reports.remove(reportId) };
    },
  };
}
