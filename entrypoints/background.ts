import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter } from '@/lib/background/router';
import { DEFAULT_FEED, readSignedBundle } from '@/lib/lists/default-feed';
import { ListsService } from '@/lib/lists/service';
import { FeedSync } from '@/lib/lists/sync/feed-sync';
import { Floors } from '@/lib/lists/sync/floors';
import { regionFromLocale } from '@/lib/phone/region';

const SYNC_ALARM = 'hangup-sync';
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

  const route = createRouter(
    createHandlers({
      lists,
      sync,
      settings: browser.storage.local,
      region: () => regionFromLocale(navigator.language),
      closeTab: async (tabId) => void (await browser.tabs.remove(tabId)),
    }),
    {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      onError: (error, type) => console.error(`Hangup: ${type} failed`, error),
    },
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void syncDue();
  });
  // Alarms can vanish (browser update, storage wipe): make sure ours exists on every start.
  void browser.alarms.get(SYNC_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_CHECK_MINUTES, delayInMinutes: 1 });
  });
  void syncDue();
});
