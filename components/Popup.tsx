import type { CountryCode } from 'libphonenumber-js/min';
import type { FeedSummary, ReportSummary, SiteState, TabFindings } from '@/lib/messaging';
import { PageFindings } from './PageFindings';
import { CheckNumber, type CheckResult } from './CheckNumber';
import { FeedList } from './FeedList';
import { ReportForm, type FileRequest } from './ReportForm';
import { ReportList } from './ReportList';
import { SitePause } from './SitePause';
import { t } from '@/lib/i18n';

export interface PopupProps {
  feeds: FeedSummary[] | undefined;
  feedsError?: string;
  /** What went wrong with the person's last action (pausing, retrying or deleting a report) or with reading the reports. */
  actionError?: string;
  site: SiteState | undefined;
  onCheck: (input: string) => Promise<CheckResult>;
  onTogglePause: (paused: boolean) => void;
  /** Reports and their states; undefined while loading. */
  reports?: ReportSummary[];
  fraudSite?: { name: string; url: string };
  region?: CountryCode;
  onFileReport?: (request: FileRequest) => Promise<string>;
  onRetryReport?: (report: ReportSummary) => void;
  onDeleteReport?: (report: ReportSummary) => void;
  /** Firefox: asks for the permission a held report waits for. */
  onAllowReport?: (report: ReportSummary) => void;
  /** What was flagged in the current tab. */
  findings?: TabFindings;
}

export function Popup({ feeds, feedsError, actionError, site, onCheck, onTogglePause, reports, fraudSite, region = 'US', onFileReport, onRetryReport, onDeleteReport, onAllowReport, findings }: PopupProps) {
  const vendors = [...new Set((feeds ?? []).flatMap((feed) => feed.vendors))].sort();
  return (
    <main>
      <h1>
        <img src="/icon/32.png" alt="" width="20" height="20" /> {t('ext_name')}
      </h1>
      {actionError && (
        <p class="error" role="alert">
          {actionError}
        </p>
      )}
      {site && (
        <section aria-labelledby="found-heading">
          <h2 id="found-heading">{t('popup_found_heading')}</h2>
          <PageFindings findings={findings} />
        </section>
      )}
      <section aria-labelledby="check-heading">
        <h2 id="check-heading">{t('popup_check_heading')}</h2>
        <CheckNumber onCheck={onCheck} />
      </section>
      {onFileReport && (
        <section aria-labelledby="report-heading">
          <h2 id="report-heading">{t('popup_report_heading')}</h2>
          <details>
            <summary>{t('popup_report_summary')}</summary>
            <ReportForm vendors={vendors} region={region} onFile={onFileReport} />
          </details>
        </section>
      )}
      {reports && (
        <section aria-labelledby="reports-heading">
          <h2 id="reports-heading">{t('popup_reports_heading')}</h2>
          <ReportList reports={reports} {...(fraudSite ? { fraudSite } : {})} onRetry={onRetryReport ?? (() => {})} onDelete={onDeleteReport ?? (() => {})} {...(onAllowReport ? { onAllow: onAllowReport } : {})} />
        </section>
      )}
      <section aria-labelledby="site-heading">
        <h2 id="site-heading">{t('popup_site_heading')}</h2>
        <SitePause site={site} onToggle={onTogglePause} />
      </section>
      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">{t('lists_heading')}</h2>
        {feedsError && <p class="error">{t('popup_lists_problem', feedsError)}</p>}
        {feeds ? <FeedList feeds={feeds} /> : !feedsError && <p class="muted">{t('common_loading')}</p>}
      </section>
    </main>
  );
}
