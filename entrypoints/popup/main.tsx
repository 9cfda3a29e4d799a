import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import '@/components/popup-styles.css';
import { sendMessage, type FeedSummary, type ReportSummary, type SiteState, type TabFindings } from '@/lib/messaging';
import { regionFromLocale } from '@/lib/phone/region';
import { askDataConsent } from '@/lib/reports/consent';
import { dataCollectionOf } from '@/lib/reports/data-collection';
import { t, uiLocale } from '@/lib/i18n';

async function currentTab(): Promise<{ origin: string; tabId: number } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  try {
    const url = new URL(tab?.url ?? '');
    return (url.protocol === 'http:' || url.protocol === 'https:') && tab?.id !== undefined ? { origin: url.origin, tabId: tab.id } : undefined;
  } catch {
    return undefined;
  }
}

function App() {
  const [feeds, setFeeds] = useState<FeedSummary[]>();
  const [feedsError, setFeedsError] = useState<string>();
  const [site, setSite] = useState<SiteState>();
  const [findings, setFindings] = useState<TabFindings>();
  const [reports, setReports] = useState<ReportSummary[]>();
  const [fraudSite, setFraudSite] = useState<{ name: string; url: string }>();
  // What went wrong with the person's last action, until one succeeds; and with the last read of the reports,
  // until one succeeds (a read while the background restarts can fail once).
  const [actionError, setActionError] = useState<string>();
  const [reportsError, setReportsError] = useState<string>();
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
  const done = () => setActionError(undefined);
  const failed = (error: unknown) => setActionError(message(error));

  const loadReports = () =>
    sendMessage('listReports', {}).then(
      (reply) => {
        setReports(reply.reports);
        setFraudSite(reply.fraudSite);
        setReportsError(undefined);
      },
      (error: unknown) => setReportsError(message(error)),
    );
  /** Once Firefox answers its prompt: a yes sends the held report (after its undo window); either way the list is read again. */
  const sendWhenAllowed = (asked: Promise<boolean>, reportId: string) =>
    void asked.then((granted) => (granted ? sendMessage('retryReport', { reportId }) : undefined)).then(() => (done(), loadReports()), failed);

  useEffect(() => {
    sendMessage('listFeeds', {}).then(
      (reply) => {
        setFeeds(reply.feeds);
        if (reply.problem) setFeedsError(reply.problem);
      },
      (error: Error) => setFeedsError(error.message),
    );
    void currentTab()
      .then(async (tab) => {
        if (!tab) return;
        setSite(await sendMessage('getSite', { origin: tab.origin }));
        setFindings(await sendMessage('tabFindings', { tabId: tab.tabId }));
      })
      .catch(failed);
    void loadReports();
    // Delivery happens in the background; keep the states current while the popup is open.
    const timer = setInterval(() => void loadReports(), 3000);
    return () => clearInterval(timer);
  }, []);

  return (
    <Popup
      feeds={feeds}
      feedsError={feedsError}
      {...(actionError || reportsError ? { actionError: [actionError, reportsError].filter(Boolean).join(' ') } : {})}
      site={site}
      onCheck={(input) => sendMessage('checkNumber', { input })}
      onTogglePause={(paused) => site && void sendMessage('setSitePaused', { origin: site.origin, paused }).then((state) => (done(), setSite(state)), failed)}
      reports={reports}
      {...(findings ? { findings } : {})}
      {...(fraudSite ? { fraudSite } : {})}
      region={regionFromLocale(navigator.language)}
      onFileReport={async (request) => {
        // Firefox asks for the kinds of data a report carries; asked first, while the form submission still counts
        // as the person's action, and filed at once, so that nothing is lost if the prompt closes the popup.
        const asked = askDataConsent?.(dataCollectionOf({ channel: request.channel })).catch(() => false);
        const reply = await sendMessage('fileReport', request);
        if (asked) sendWhenAllowed(asked, reply.report.reportId);
        await loadReports();
        if (reply.duplicate) return t('popup_report_duplicate');
        if (reply.report.needsConsent) return t('popup_report_needs_consent');
        if (reply.report.state === 'email') return t('popup_report_email', reply.report.vendorName);
        if (reply.report.state === 'saved') return reply.fraudSite ? t('popup_report_saved_site', reply.report.vendorName, reply.fraudSite.name) : t('popup_report_saved', reply.report.vendorName);
        return t('popup_report_sent', reply.report.destination ?? reply.report.vendorName);
      }}
      onRetryReport={(report) => void sendMessage('retryReport', { reportId: report.reportId }).then(() => (done(), loadReports()), failed)}
      onDeleteReport={(report) => void sendMessage('deleteReport', { reportId: report.reportId }).then(() => (done(), loadReports()), failed)}
      {...(askDataConsent ? { onAllowReport: (report: ReportSummary) => sendWhenAllowed(askDataConsent!(report.needsConsent ?? []), report.reportId) } : {})}
    />
  );
}

document.documentElement.lang = uiLocale();
document.title = t('ext_name');
render(<App />, document.getElementById('app')!);
