import { browser, type PublicPath } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '@/lib/background/handlers';
import { badgeText, FindingsByTab } from '@/lib/background/findings';
import { createRouter } from '@/lib/background/router';
import { DEFAULT_FEED, readSignedBundle } from '@/lib/lists/default-feed';
import { ListsService } from '@/lib/lists/service';
import { FeedSync } from '@/lib/lists/sync/feed-sync';
import { Floors } from '@/lib/lists/sync/floors';
import { OutboxStore } from '@/lib/lists/outbox-store';
import { regionFromLocale } from '@/lib/phone/region';
import { cachedUiMessages } from '@/lib/i18n/ui-messages';
import type { Catalog } from '@/lib/i18n/format';
import { dataConsentGiven } from '@/lib/reports/consent';
import { ReportsService, UNDO_MS } from '@/lib/reports/service';

const SYNC_ALARM = 'hangup-sync';
const REPORTS_ALARM = 'hangup-reports';
/** How often due feeds are looked for; each feed keeps its own schedule and back-off. */
const SYNC_CHECK_MINUTES = 5;

/** A file of the bundled default feed, read from the extension package. */
async function readPackagedFile(path: string): Promise<Uint8Array> {
  const response = await fetch(browser.runtime.getURL(`/${DEFAULT_FEED.folder}${path}` as '/'));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export default defineBackground(() => {
  const lists = new ListsService({
    readBundledFeed: () => readSignedBundle(readPackagedFile, DEFAULT_FEED),
    bundledKey: DEFAULT_FEED.publicKey,
  });
  lists.ready.catch((error) => console.error('Hangup: the lists could not be loaded', error));
  const sync = new FeedSync({ lists, floors: new Floors(browser.storage.local) });
  const syncDue = () => lists.ready.then(() => sync.syncDue()).catch((error) => console.error('Hangup: feed sync failed', error));

  const reports = new ReportsService({
    outbox: new OutboxStore(() => lists.database()),
    vendors: () => lists.vendors(),
    version: browser.runtime.getManifest().version,
    ...(dataConsentGiven ? { consent: dataConsentGiven } : {}),
  });
  // Reports go out right after their undo window; an alarm (which survives the worker stopping) covers retries.
  // `deliver` is one delivery pass (all due reports, or those held for consent); the alarm then waits for the next.
  const deliverReports = async (deliver = () => reports.deliverDue()) => {
    const next = await deliver().catch((error) => console.error('Hangup: report delivery failed', error));
    if (typeof next === 'number') await browser.alarms.create(REPORTS_ALARM, { when: Math.max(next, Date.now() + 30_000) });
  };
  const scheduleReports = () => {
    setTimeout(() => void deliverReports(), UNDO_MS + 100);
    void browser.alarms.create(REPORTS_ALARM, { when: Date.now() + 30_000 });
  };
  // Firefox: a report held for consent goes out once the person allows it (in the popup or the add-on's settings).
  if (dataConsentGiven) browser.permissions.onAdded.addListener(() => void deliverReports(() => reports.resumeHeld()));

  // Session storage (kept while the browser runs) where the browser has it.
  const findings = new FindingsByTab(browser.storage.session);
  // Firefox's Manifest V2 build has browserAction where Chrome has action.
  const action = browser.action ?? browser.browserAction;
  const setBadge = (tabId: number, count: number) => {
    void action.setBadgeText({ tabId, text: badgeText(count) }).catch(() => undefined);
    void action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => undefined);
  };
  browser.tabs.onRemoved.addListener((tabId) => findings.clear(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new page in the tab starts with nothing found; its content script reports again.
    if (change.status === 'loading') {
      findings.clear(tabId);
      setBadge(tabId, 0);
    }
  });

  const route = createRouter(
    createHandlers({
      lists,
      sync,
      settings: browser.storage.local,
      region: () => regionFromLocale(navigator.language),
      closeTab: async (tabId) => void (await browser.tabs.remove(tabId)),
      reports,
      onReportFiled: scheduleReports,
      findings,
      setBadge,
      uiMessages: cachedUiMessages(async (folder) => (await fetch(browser.runtime.getURL(`/_locales/${folder}/messages.json` as PublicPath))).json() as Promise<Catalog>),
    }),
    {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      onError: (error, type) => console.error(`Hangup: ${type} failed`, error),
    },
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncDue();
    if (alarm.name === REPORTS_ALARM) void deliverReports();
  });
  // Alarms can vanish (browser update, storage wipe): make sure ours exists on every start.
  void browser.alarms.get(SYNC_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_CHECK_MINUTES, delayInMinutes: 1 });
  });
  void syncDue();
  // Reports queued before the worker last stopped go out now.
  void deliverReports();
});
