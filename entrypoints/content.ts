import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountMarker } from '@/components/mount-marker';
import { sendMessage } from '@/lib/messaging';
import { createMarkerHost } from '@/lib/page/marker-host';
import { PageScanner } from '@/lib/page/scanner';
import { PAUSED_SITES_KEY } from '@/lib/background/paused-sites';
import { regionFromLocale } from '@/lib/phone/region';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    let scanner: PageScanner | undefined;

    async function sync(): Promise<void> {
      const { paused } = await sendMessage('pageStatus', {});
      if (paused) {
        scanner?.clear();
        scanner = undefined;
      } else if (!scanner && ctx.isValid) {
        scanner = new PageScanner({
          region: regionFromLocale(navigator.language),
          lookup: async (numbers) => (await sendMessage('lookupNumbers', { numbers })).verdicts,
          createMarker: (verdict, raw) => createMarkerHost(document, (root) => mountMarker(root, { verdict, raw })),
          signal: ctx.signal,
        });
        void scanner.start(document.body ?? document.documentElement);
      }
    }

    const onStorageChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PAUSED_SITES_KEY in changes) void sync().catch(report);
    };
    browser.storage.onChanged.addListener(onStorageChange);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorageChange));
    void sync().catch(report);
  },
});

function report(error: unknown): void {
  // An extension reload orphans old content scripts; their messages fail quietly by design.
  if (error instanceof Error && /context invalidated|Receiving end does not exist/i.test(error.message)) return;
  console.warn('Hangup:', error);
}
