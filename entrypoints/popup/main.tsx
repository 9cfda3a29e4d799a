import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/Popup';
import '@/components/popup-styles.css';
import { sendMessage, type FeedSummary, type ReportSummary, type SiteState, type TabFindings } from '@/lib/messaging';
import { regionFromLocale } from '@/lib/phone/region';

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

  const loadReports = () =>
    sendMessage('listReports', {}).then((reply) => {
      setReports(reply.reports);
      setFraudSite(reply.fraudSite);
    }, (error: Error) => setFeedsError(error.message));

  useEffect(() => {
    sendMessage('listFeeds', {}).then(
      (reply) => {
        setFeeds(reply.feeds);
        if (reply.problem) setFeedsError(reply.problem);
      },
      (error: Error) => setFeedsError(error.message),
    );
    void currentTab().then(async (tab) => {
      if (!tab) return;
      setSite(await sendMessage('getSite', { origin: tab.origin }));
      setFindings(await sendMessage('tabFindings', { tabId: tab.tabId }));
    });
    void loadReports();
    // Delivery happens in the background; keep the states current while the popup is open.
    const timer = setInterval(() => void loadReports(), 3000);
    return () => clearInterval(timer);
  }, []);

  return (
    <Popup
      feeds={feeds}
      feedsError={feedsError}
      site={site}
      onCheck={(input) => sendMessage('checkNumber', { input })}
      onTogglePause={(paused) => site && void sendMessage('setSitePaused', { origin: site.origin, paused }).then(setSite)}
      reports={reports}
      {...(findings ? { findings } : {})}
      {...(fraudSite ? { fraudSite } : {})}
      region={regionFromLocale(navigator.language)}
      onFileReport={async (request) => {
        const reply = await sendMessage('fileReport', request);
        await loadReports();
        if (reply.duplicate) return 'You already reported this number in the last 24 hours.';
        if (reply.report.state === 'email') return `Ready: ${reply.report.vendorName} takes reports by e-mail. Open the e-mail below to send it.`;
        if (reply.report.state === 'saved') return `Saved. ${reply.report.vendorName} takes no reports${reply.fraudSite ? `; report it to ${reply.fraudSite.name}` : ''}.`;
        return `Reported. It will be sent to ${reply.report.destination ?? reply.report.vendorName} in a few seconds.`;
      }}
      onRetryReport={(report) => void sendMessage('retryReport', { reportId: report.reportId }).then(loadReports)}
      onDeleteReport={(report) => void sendMessage('deleteReport', { reportId: report.reportId }).then(loadReports)}
    />
  );
}

render(<App />, document.getElementById('app')!);
