import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandlers } from '@/lib/background/handlers';
import { createRouter } from '@/lib/background/router';
import { ListsService } from '@/lib/lists/service';
import { regionFromLocale } from '@/lib/phone/region';

export default defineBackground(() => {
  const lists = new ListsService({
    readBundledFeed: async () => (await fetch(browser.runtime.getURL('/feeds/default.json'))).json(),
  });
  lists.ready.catch((error) => console.error('Hangup: the lists could not be loaded', error));

  const route = createRouter(
    createHandlers({ lists, settings: browser.storage.local, region: () => regionFromLocale(navigator.language) }),
    {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      onError: (error, type) => console.error(`Hangup: ${type} failed`, error),
    },
  );
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
});
