import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxPath, launchFirefoxWithExtension, type FirefoxExtensionBrowser } from '../harness/firefox';
import { TestInbox } from '../harness/inbox';
import { serveVendorFeed, type VendorFeed } from '../harness/publisher';
import { serveStatic, type StaticServer } from '../harness/server';

type Reply<T> = { ok: boolean; data: T; error?: { message: string } };
/** A message to the background from an extension page, through Firefox's promise-based namespace. */
async function ask<T>(page: Page, message: { type: string; data: unknown }): Promise<Reply<T>> {
  return page.evaluate((m) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage(m), message) as Promise<Reply<T>>;
}

/** Waits until the element's text contains `text`, and returns that text. */
async function textOf(page: Page, selector: string, text: string): Promise<string> {
  const handle = await page.waitForFunction(
    (selector, text) => {
      const found = document.querySelector(selector)?.textContent ?? '';
      return found.includes(text) && found;
    },
    { timeout: 15_000 },
    selector,
    text,
  );
  return (await handle.jsonValue()) as string;
}

if (!firefoxPath()) {
  // CI installs firefox-esr (.ci/run); a machine without it says so instead of failing.
  it('firefox-esr not installed: skipped', () => console.log('firefox-esr not installed: skipped'));
} else {
  describe('built extension in Firefox', () => {
    let firefox: FirefoxExtensionBrowser;
    let server: StaticServer;

    beforeAll(async () => {
      server = await serveStatic(resolve(import.meta.dirname, 'pages'));
      // Answers Firefox's permission prompts with yes, as a person clicking Allow would.
      firefox = await launchFirefoxWithExtension({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
    });

    afterAll(async () => {
      await firefox?.close();
      await server?.close();
    });

    it('loads as a Manifest V2 add-on that declares no data collection by default', async () => {
      const popup = await firefox.openExtensionPage('popup.html');
      const { manifest, granted } = await popup.evaluate(async () => ({
        // Firefox hands back browser_specific_settings under its older name, applications.
        manifest: chrome.runtime.getManifest() as unknown as Record<string, unknown>,
        // Firefox's promise-based namespace; its chrome.* one wants callbacks.
        granted: await (globalThis as unknown as { browser: typeof chrome }).browser.permissions.getAll(),
      }));
      expect(manifest).toMatchObject({ name: 'Hangup', manifest_version: 2 });
      // Firefox fills every key it knows, absent ones as null.
      expect(manifest.web_accessible_resources ?? null).toBeNull();
      expect(manifest).toMatchObject({
        applications: {
          gecko: {
            id: 'hangup@hangup.invalid',
            data_collection_permissions: { required: ['none'], optional: ['websiteContent', 'personalCommunications', 'browsingActivity'] },
          },
        },
      });
      // Optional data collection starts off: none granted at install.
      expect(granted).toHaveProperty('data_collection', []);
      await popup.close();
    });

    it('has the bundled default list from its first start', async () => {
      const popup = await firefox.openExtensionPage('popup.html');
      expect(await textOf(popup, '[data-feed="hangup-demo"]', 'Hangup demo list')).toMatch(/Hangup demo list — 8 numbers/);
      await popup.close();
    });

    it('marks a listed number on a page and leaves an unlisted one alone', async () => {
      const page = await firefox.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(server.url('/numbers.html'));
      await page.waitForSelector('hangup-marker[data-e164="+18885550142"]', { timeout: 15_000 });
      const markers = await page.$$eval('hangup-marker', (all) => all.map((marker) => [marker.getAttribute('data-e164'), marker.getAttribute('data-verdict')] as const));
      const verdicts = new Map(markers);
      expect(verdicts.get('+18885550142')).toBe('scam');
      expect(verdicts.get('+18005550100')).toBe('official');
      expect(verdicts.has('+12025550188')).toBe(false);
      // The warning lives in a closed shadow root the page cannot reach.
      expect(await page.$eval('#listed hangup-marker', (marker) => marker.shadowRoot)).toBeNull();
      // Opened by keyboard, the badge hands over to the full warning and keeps the focus.
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-e164'));
      for (let i = 0; i < 10 && (await focused()) !== '+18885550142'; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('+18885550142');
      await page.keyboard.press('Enter');
      await new Promise((done) => setTimeout(done, 300));
      expect(await focused()).toBe('+18885550142');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
      await new Promise((done) => setTimeout(done, 300));
      expect(await focused()).toBe('+18885550142');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('answers the popup check box for a listed number', async () => {
      const popup = await firefox.openExtensionPage('popup.html');
      await popup.type('input[aria-label="Phone number to check"]', '888.555.0142');
      await popup.click('form button[type="submit"]');
      const result = await textOf(popup, '.result', 'is a known scam number');
      expect(result).toContain('Norbury Antivirus');
      await popup.close();
    });
    describe('reports and Firefox data consent', () => {
      const inbox = new TestInbox();
      let feed: VendorFeed;
      const NUMBER = '+13125550191';

      beforeAll(async () => {
        feed = await serveVendorFeed([NUMBER], await inbox.start());
        const popup = await firefox.openExtensionPage('popup.html');
        const added = await ask(popup, { type: 'addFeed', data: { url: feed.url, fingerprint: feed.fingerprint } });
        expect(added).toMatchObject({ ok: true });
        await popup.close();
      });

      afterAll(async () => {
        await inbox.stop();
        await feed?.close();
      });

      it('a report waits, unsent, until the person allows Firefox to send it, then goes out', async () => {
        let popup = await firefox.openExtensionPage('popup.html');
        // Filed the way a warning on a page files it: no chance to ask Firefox first.
        const filed = await ask<{ report: { reportId: string; needsConsent?: string[] } }>(popup, {
          type: 'fileReport',
          data: { e164: NUMBER, asSeen: '(312) 555-0191', vendorName: 'Northwind Security', channel: 'web', verdict: 'scam', reasons: ['Listed'], share: { origin: false } },
        });
        expect(filed.ok).toBe(true);
        expect(filed.data.report.needsConsent).toEqual(['websiteContent']);
        const { reportId } = filed.data.report;
        // Past its undo window: still kept, still unsent, and the popup says why.
        await new Promise((done) => setTimeout(done, 7_000));
        expect(inbox.received).toEqual([]);
        await popup.close();
        popup = await firefox.openExtensionPage('popup.html');
        expect(await textOf(popup, `[data-report="${reportId}"]`, 'Waiting for your permission')).toMatch(/Firefox asks before Hangup sends/);
        // The person allows it: Firefox records the permission and the report goes out.
        await popup.click(`[data-report="${reportId}"] .actions button:not(.secondary)`);
        await expect.poll(() => inbox.received.length, { timeout: 15_000 }).toBe(1);
        expect(inbox.received[0]!.body).toMatchObject({ reportId, number: { e164: NUMBER }, channel: 'web' });
        const granted = await popup.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.permissions.getAll());
        expect(granted).toHaveProperty('data_collection', ['websiteContent']);
        expect(await textOf(popup, `[data-report="${reportId}"]`, 'Sent')).toMatch(/Sent to 127\.0\.0\.1/);
        await popup.close();
      });

      it('filing in the popup asks Firefox first, and the report goes out once allowed', async () => {
        const popup = await firefox.openExtensionPage('popup.html');
        await popup.click('section[aria-labelledby="report-heading"] summary');
        const [numberBox, vendorBox] = await popup.$$('section[aria-labelledby="report-heading"] input[type="text"]');
        await numberBox!.type('(312) 555-0192');
        await vendorBox!.type('Northwind Security');
        // A call: what it carries is a personal communication, not yet allowed.
        await popup.click('section[aria-labelledby="report-heading"] button[type="submit"]');
        await expect.poll(() => inbox.received.map((received) => (received.body.number as { e164: string }).e164), { timeout: 20_000 }).toContain('+13125550192');
        const received = inbox.received.find((r) => (r.body.number as { e164: string }).e164 === '+13125550192')!;
        expect(received.body).toMatchObject({ channel: 'call', vendor: { name: 'Northwind Security' } });
        const granted = await popup.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.permissions.getAll());
        expect((granted as unknown as { data_collection: string[] }).data_collection).toContain('personalCommunications');
        await popup.close();
      });
    });
  });
}
