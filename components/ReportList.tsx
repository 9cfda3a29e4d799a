import type { ReportSummary } from '@/lib/messaging';
import { when } from './FeedState';

export interface ReportListProps {
  reports: ReportSummary[];
  fraudSite?: { name: string; url: string };
  onRetry: (report: ReportSummary) => void;
  onDelete: (report: ReportSummary) => void;
}

function stateText(report: ReportSummary): string {
  switch (report.state) {
    case 'sent':
      return `Sent to ${report.destination ?? report.vendorName}${report.sentAt ? ` on ${when(report.sentAt)}` : ''}.`;
    case 'queued':
      return report.attempts === 0
        ? `Waiting to be sent to ${report.destination ?? report.vendorName}.`
        : `Not sent yet (${report.lastError ?? 'no answer'}). Next try ${when(report.nextAttempt)}.`;
    case 'failed':
      return `Not sent: ${report.lastError ?? 'refused'}.`;
    case 'email':
      return `${report.vendorName} takes reports by e-mail: send the prepared message.`;
    case 'saved':
      return `${report.vendorName} takes no reports; kept here.`;
  }
}

/** Every report and where it stands, with retry and delete. */
export function ReportList({ reports, fraudSite, onRetry, onDelete }: ReportListProps) {
  if (reports.length === 0) return <p class="muted">No reports yet.</p>;
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
                  Open the e-mail
                </a>
              )}
              {(report.state === 'failed' || (report.state === 'queued' && report.attempts > 0)) && (
                <button type="button" class="secondary" onClick={() => onRetry(report)}>
                  Retry now
                </button>
              )}
              <button type="button" class="secondary" onClick={() => onDelete(report)} aria-label={`Delete the report of ${report.asSeen}`}>
                Delete
              </button>
            </div>
            <details>
              <summary>What was sent</summary>
              <pre class="preview">{JSON.stringify(JSON.parse(report.body), null, 1)}</pre>
            </details>
          </li>
        ))}
      </ul>
      {fraudSite && (
        <p class="muted">
          You can also report scams to{' '}
          <a href={fraudSite.url} target="_blank" rel="noopener noreferrer">
            {fraudSite.name}
          </a>
          .
        </p>
      )}
    </>
  );
}
