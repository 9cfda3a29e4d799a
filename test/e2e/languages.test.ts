import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../harness/browser';
import { readMarkers } from '../harness/markers';
import { closeAll, openPagesAndExtension } from '../harness/pages';
import type { StaticServer } from '../harness/server';

let browser: ExtensionBrowser;
let server: StaticServer;

// Chromium on Linux takes the extension's language from --lang (LANGUAGE is set too, as a
// desktop session would); chrome.i18n then reads public/_locales/de in every context.
beforeAll(async () => ({ server, browser } = await openPagesAndExtension({ args: ['--lang=de'], env: { LANGUAGE: 'de' } })));
afterAll(() => closeAll(browser, server));

describe('Hangup in a German browser', () => {
  it('shows the popup in German, with the reasons the background writes in German', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.getByRole('heading', { name: 'Eine Nummer prüfen, die Sie angerufen hat' }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
    await expect.poll(() => popup.locator('[data-feed="hangup-demo"]').textContent()).toContain('8 Nummern');

    await popup.getByLabel('Zu prüfende Telefonnummer').fill('888.555.0142');
    await popup.getByRole('button', { name: 'Prüfen' }).click();
    await expect.poll(() => popup.locator('.result').textContent()).toContain('ist eine bekannte Betrugsnummer');
    expect(await popup.locator('.result').textContent()).toContain('Als Betrugsnummer aufgeführt in');
    await popup.close();
  });

  it('titles the settings page in German', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.getByRole('heading', { name: 'Hangup-Einstellungen', level: 1 }).waitFor();
    expect(await options.title()).toBe('Hangup-Einstellungen');
    await options.close();
  });

  it('labels the warning next to a number in German', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/numbers.html'));
    await page.locator('hangup-marker[data-e164="+18885550142"]').waitFor({ timeout: 15_000 });
    const marker = (await readMarkers(page)).find((found) => found.e164 === '+18885550142');
    expect(marker?.text).toContain('Betrugsnummer');
    await page.close();
  });
});
