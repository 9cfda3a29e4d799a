import type { ReportSummary } from '@/lib/messaging';
import { when } from './FeedState';
import { t } from '@/lib/i18n';
import { tx } from './tx';

export interface ReportListProps {
  reports: ReportSummary[];
  fraudSite?: { name: string; url: string };
  onRetry: (report: ReportSummary) => void;
  onDelete: (report: ReportSummary) => void;
  /** Asks the browser for what a held report needs (Firefox only; the click is the gesture it wants). */
  onAllow?: (report: ReportSummary) => void;
}

function stateText(report: ReportSummary): string {
  switch (report.state) {
    case 'sent':
      return report.sentAt ? t('reports_sent_at', report.destination ?? report.vendorName, when(report.sentAt)) : t('reports_sent', report.destination ?? report.vendorName);
    case 'queued':
      if (report.needsConsent) return t('reports_needs_consent');
      return report.attempts === 0
        ? t('reports_waiting', report.destination ?? report.vendorName)
        : t('reports_retrying', report.lastError ?? t('reports_no_answer'), when(report.nextAttempt));
    case 'failed':
      return t('reports_failed', report.lastError ?? t('reports_refused'));
    case 'email':
      return t('reports_email', report.vendorName);
    case 'saved':
      return t('reports_saved', report.vendorName);
  }
}

/** Every report and where it stands, with retry and delete. */
export function ReportList({ reports, fraudSite, onRetry, onDelete, onAllow }: ReportListProps) {
  if (reports.length === 0) return <p class="muted">{t('reports_none')}</p>;
  return (
    <>
      <ul class="feeds">
        {reports.map((report) => (
          <li key={report.reportId} data-report={report.reportId} data-state={report.state}>
            <strong>{report.asSeen}</strong> — {report.vendorName}
            <div class={report.state === 'failed' ? 'error' : 'muted'}>{stateText(report)}</div>
            <div class="actions">
              {report.mailto && (
                <a class="button secondary" href={report.mailto}>
                  {t('reports_open_email')}
                </a>
              )}
              {report.state === 'queued' && report.needsConsent && onAllow && (
                <button type="button" onClick={() => onAllow(report)}>
                  {t('reports_allow')}
                </button>
              )}
              {(report.state === 'failed' || (report.state === 'queued' && report.attempts > 0 && !report.needsConsent)) && (
                <button type="button" class="secondary" onClick={() => onRetry(report)}>
                  {t('reports_retry')}
                </button>
              )}
              <button type="button" class="secondary" onClick={() => onDelete(report)} aria-label={t('reports_delete_label', report.asSeen)}>
                {t('common_delete')}
              </button>
            </div>
            <details>
              <summary>{t('reports_what_sent')}</summary>
              <pre class="preview">{JSON.stringify(JSON.parse(report.body), null, 1)}</pre>
            </details>
          </li>
        ))}
      </ul>
      {fraudSite && (
        <p class="muted">
          {tx(
            'reports_fraud_site',
            <a href={fraudSite.url} target="_blank" rel="noopener noreferrer">
              {fraudSite.name}
            </a>,
          )}
        </p>
      )}
    </>
  );
}
