import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountBanner } from '@/components/mount-banner';
import { mountLockerWarning } from '@/components/mount-locker';
import { mountMarker } from '@/components/mount-marker';
import { PAUSED_SITES_KEY } from '@/lib/background/paused-sites';
import { sendMessage } from '@/lib/messaging';
import { createBannerHost } from '@/lib/page/banner-host';
import { startOneByOne, type PageFeature } from '@/lib/page/feature';
import { lockerGuard } from '@/lib/page/locker/guard';
import { createMarkerHost } from '@/lib/page/marker-host';
import { bannerReporter, markerReporter } from '@/lib/page/marker-reporter';
import { messageBanners } from '@/lib/page/message-banners';
import { FindingsReporter } from '@/lib/page/findings';
import { numberMarkers } from '@/lib/page/number-markers';
import { yieldToPage } from '@/lib/page/slicer';
import { regionFromLocale } from '@/lib/phone/region';
import { preloadMessages } from '@/lib/i18n/ui-messages';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const region = regionFromLocale(navigator.language);
    // Declared before the features that read it; set from the background on every status check.
    let reportSharing = { origin: false, excerpt: false };
    const findings = new FindingsReporter((found) => sendMessage('pageFindings', found));
    // The warnings' words come from the background, asked for next to the first question whose answer may
    // need them, instead of the browser's i18n API, whose first call here would stop the page.
    const messagesReady = preloadMessages(async () => (await sendMessage('uiMessages', {})).messages, report);
    const withMessages = async <T>(answer: Promise<T>): Promise<T> => (await Promise.all([answer, messagesReady()]))[0];
    const features: PageFeature[] = [
      numberMarkers({
        doc: document,
        region,
        // Parsing runs in the background, off the page's main thread, which looks each number up as it finds it.
        findNumbers: async (texts) => {
          const { found } = await sendMessage('findNumbers', { region, texts });
          // A marker about to be shown needs the warnings' words.
          if (found.some((matches) => matches.some((match) => match.verdict))) await messagesReady();
          return found;
        },
        lookup: async (numbers) => (await withMessages(sendMessage('lookupNumbers', { numbers }))).verdicts,
        createMarker: (verdict, raw) =>
          createMarkerHost(document, (root) => {
            if (verdict.verdict !== 'none') findings.number(verdict.e164, verdict.verdict);
            const reporter = markerReporter(root.host, verdict, raw, sendMessage, location.origin, reportSharing);
            mountMarker(root, { verdict, raw, ...(reporter ? { reporter } : {}) });
          }),
        signal: ctx.signal,
      }),
      messageBanners({
        doc: document,
        check: (message) => withMessages(sendMessage('checkMessage', message)),
        createBanner: (verdict, dismiss, view) =>
          createBannerHost(document, (root) => {
            findings.message(view.key);
            const reporter = bannerReporter(verdict, { body: view.body, subject: view.subject, webmail: !view.key.startsWith('generic:') }, sendMessage, location.origin, reportSharing);
            mountBanner(root, { verdict, onDismiss: dismiss, ...(reporter ? { reporter } : {}) });
          }),
        signal: ctx.signal,
        onError: report,
      }),
      lockerGuard({
        win: window,
        checkPage: (page) => withMessages(sendMessage('checkMessage', page)),
        closeTab: async () => (await sendMessage('closeTab', {})).closed,
        mountWarning: (dialog, finding, actions) => {
          // The badge still counts it if the page manages to hide the warning.
          findings.lockerShown(true);
          mountLockerWarning(dialog, finding, actions);
        },
        signal: ctx.signal,
      }),
    ];

    let active = false;
    async function sync(): Promise<void> {
      const status = await sendMessage('pageStatus', {});
      reportSharing = status.reportSharing;
      const { paused } = status;
      if (!ctx.isValid || paused === !active) return;
      active = !paused;
      if (active) return startOneByOne(features, () => active && ctx.isValid, report, yieldToPage);
      findings.reset();
      for (const feature of features) {
        try {
          feature.stop();
        } catch (error) {
          report(error);
        }
      }
    }

    const onStorageChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PAUSED_SITES_KEY in changes) void sync().catch(report);
    };
    browser.storage.onChanged.addListener(onStorageChange);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorageChange);
      for (const feature of features) feature.stop();
    });
    void sync().catch(report);
  },
});

function report(error: unknown): void {
  // An extension reload orphans old content scripts; their messages fail quietly by design.
  if (error instanceof Error && /context invalidated|Receiving end does not exist/i.test(error.message)) return;
  console.warn('Hangup:', error);
}
