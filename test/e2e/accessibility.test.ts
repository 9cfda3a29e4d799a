import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../harness/axe';
import type { ExtensionBrowser } from '../harness/browser';
import { attribute, walk, withDocument } from '../harness/cdp-dom';
import { readMarkers } from '../harness/markers';
import { closeAll, openPagesAndExtension } from '../harness/pages';
import type { StaticServer } from '../harness/server';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => ({ server, browser } = await openPagesAndExtension()));
afterAll(() => closeAll(browser, server));

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`the popup, with a check result, has no violations (${scheme})`, async () => {
      const popup = await browser.openExtensionPage('popup.html');
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByLabel('Phone number to check').fill('+1 888 555 0142');
      await popup.getByRole('button', { name: 'Check' }).click();
      await popup.locator('.result').waitFor();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    });

    it(`the options page has no violations (${scheme})`, async () => {
      const options = await browser.openExtensionPage('options.html');
      await options.emulateMedia({ colorScheme: scheme });
      await options.getByRole('heading', { name: 'Back up your settings' }).waitFor();
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    });

    it(`the welcome page has no violations (${scheme})`, async () => {
      const welcome = await browser.openExtensionPage('welcome.html');
      await welcome.emulateMedia({ colorScheme: scheme });
      await welcome.getByRole('heading', { name: 'Welcome to Hangup' }).waitFor();
      expect(await axeViolations(welcome)).toEqual([]);
      await welcome.close();
    });
  }

  it('finds violations where there are some (the check itself works)', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/a11y-bad.html'));
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toContain('image-alt');
    expect(ids).toContain('color-contrast');
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the in-page warning, opened, has no violations (${scheme})`, async () => {
      // axe cannot enter a closed shadow root, so the warning's rendered markup (with its styles) is copied, as
      // DevTools sees it, into an open shadow root on a blank page and checked there with real layout and colours.
      const page = await browser.context.newPage();
      await page.goto(server.url('/numbers.html'));
      const marker = page.locator('#listed hangup-marker');
      await marker.waitFor({ timeout: 15_000 });
      await marker.click();
      const markup = await withDocument(page, async (root, send) => {
        const host = [...walk(root)].find((node) => node.nodeName === 'HANGUP-MARKER' && attribute(node, 'data-e164') === '+18885550142');
        const parts: string[] = [];
        for (const child of host?.shadowRoots?.[0]?.children ?? []) {
          parts.push(((await send('DOM.getOuterHTML', { backendNodeId: child.backendNodeId })) as { outerHTML: string }).outerHTML);
        }
        return parts.join('');
      });
      expect(markup).toContain('Do not call');
      const copy = await browser.context.newPage();
      await copy.emulateMedia({ colorScheme: scheme });
      await copy.setContent('<!doctype html><html lang="en"><head><title>Warning</title></head><body><main><p>Call 1-888-555-0142 <span id="host"></span></p></main></body></html>');
      await copy.evaluate((html) => {
        document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = html;
      }, markup);
      expect(await axeViolations(copy)).toEqual([]);
      await copy.close();
      await page.close();
    });
  }

  it('the in-page warning opens and closes by keyboard', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/numbers.html'));
    await page.locator('#listed hangup-marker').waitFor({ timeout: 15_000 });
    // Tab to the warning badge (Hangup's other UI may come first), open it, close it with Escape.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-e164'));
    for (let i = 0; i < 10 && (await focused()) !== '+18885550142'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('+18885550142');
    await page.keyboard.press('Enter');
    const cardText = async () => (await readMarkers(page)).find((marker) => marker.e164 === '+18885550142')?.text ?? '';
    await expect.poll(cardText).toMatch(/Do not call/);
    await page.keyboard.press('Escape');
    await expect.poll(cardText).not.toMatch(/Do not call/);
    // The focus stayed on the badge through the first opening: Enter opens it again.
    await page.keyboard.press('Enter');
    await expect.poll(cardText).toMatch(/Do not call/);
    await page.close();
  });

  it('the popup and options page work by keyboard alone', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.locator('body').press('Tab');
    // The first stop is the check box; type, submit with Enter.
    await popup.keyboard.type('+1 888 555 0142');
    await popup.keyboard.press('Enter');
    await popup.locator('.result').waitFor();
    expect(await popup.locator('.result h3').textContent()).toContain('known scam number');
    await popup.close();
  });
});
