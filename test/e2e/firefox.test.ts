import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxPath, launchFirefoxWithExtension, type FirefoxExtensionBrowser } from '../harness/firefox';
import { serveStatic, type StaticServer } from '../harness/server';

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
      firefox = await launchFirefoxWithExtension();
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
  });
}
