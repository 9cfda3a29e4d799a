import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../harness/browser';
import { readMarkers } from '../harness/markers';
import { closeAll, openPagesAndExtension } from '../harness/pages';
import type { StaticServer } from '../harness/server';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => ({ server, browser } = await openPagesAndExtension()));
afterAll(() => closeAll(browser, server));

async function openNumbersPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url('/numbers.html'));
  await page.locator('hangup-marker[data-e164="+18885550142"]').waitFor({ timeout: 15_000 });
  return { page, errors };
}

describe('built extension in Chromium', () => {
  it('loads its service worker and manifest', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Hangup');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).toHaveProperty('externally_connectable', { ids: [] });
  });

  it('has the bundled default list from its first start', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const feed = popup.locator('[data-feed="hangup-demo"]');
    await expect.poll(() => feed.textContent()).toContain('Hangup demo list');
    expect(await feed.textContent()).toMatch(/8 numbers/);
    await popup.close();
  });

  it('marks a listed number with a warning and leaves an unlisted one alone', async () => {
    const { page, errors } = await openNumbersPage();
    const markers = await readMarkers(page);
    const byNumber = new Map(markers.map((marker) => [marker.e164, marker]));
    expect(byNumber.get('+18885550142')?.verdict).toBe('scam');
    expect(byNumber.get('+18885550142')?.text).toContain('Scam number');
    expect(byNumber.has('+12025550188')).toBe(false);
    expect(byNumber.get('+18005550100')?.verdict).toBe('official');
    // A number split across inline elements, and a tel: link with no number in its text.
    expect(byNumber.get('+12135550187')?.verdict).toBe('scam');
    expect(byNumber.get('+18775550123')?.verdict).toBe('scam');
    // The marker sits right after the number, outside the page's own elements.
    const placement = await page.evaluate(() => {
      const marker = document.querySelector('#listed hangup-marker');
      return { previous: marker?.previousSibling?.textContent, shadowRoot: (marker as HTMLElement | null)?.shadowRoot };
    });
    expect(placement.previous).toBe('1-888-555-0142');
    expect(placement.shadowRoot).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the number of warnings on the toolbar badge of that tab', async () => {
    const { page } = await openNumbersPage();
    const badges = () =>
      browser.worker.evaluate(async () => {
        const tabs = await chrome.tabs.query({});
        return Promise.all(tabs.map((tab) => chrome.action.getBadgeText({ tabId: tab.id! })));
      });
    // Four listed numbers before the page adds a fifth; the official number is not a warning.
    await expect.poll(async () => Math.max(0, ...(await badges()).map(Number).filter(Number.isFinite)), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it('explains the warning: the list, the impersonated vendor and its real contact', async () => {
    const { page } = await openNumbersPage();
    await page.locator('#listed hangup-marker').click();
    const card = (await readMarkers(page)).find((marker) => marker.e164 === '+18885550142');
    expect(card?.text).toContain('Listed as a scam number by Hangup demo list');
    expect(card?.text).toContain('pretending to be Norbury Antivirus');
    expect(card?.text).toContain('+1 800 555 0100');
    await page.close();
  });

  it('keeps page text as text and changes no other part of the page', async () => {
    const { page } = await openNumbersPage();
    const result = await page.evaluate(() => {
      const clone = document.querySelector('#hostile')!.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('hangup-marker').forEach((marker) => marker.remove());
      return { images: document.querySelectorAll('img').length, text: clone.textContent };
    });
    expect(result.images).toBe(0);
    expect(result.text).toBe('<img src=x onerror=alert(1)> Call +1 (833) 555-0177 Call us');
    await page.close();
  });

  it('on a live page the banner stays put while the page ticks, and a click on a marker stays in the marker', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/live.html'));
    await page.locator('hangup-banner').waitFor({ timeout: 15_000 });
    await page.locator('#row hangup-marker').waitFor({ timeout: 15_000 });
    // Watch the banner through a few seconds of ticks (a pass after each settled burst of changes).
    await page.evaluate(() => {
      const state = window as unknown as { bannerMoves: number; firstBanner: Element | null };
      state.bannerMoves = 0;
      state.firstBanner = document.querySelector('hangup-banner');
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.removedNodes) if (node.nodeName === 'HANGUP-BANNER') state.bannerMoves++;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.waitForTimeout(2_500);
    const watched = await page.evaluate(() => {
      const state = window as unknown as { bannerMoves: number; firstBanner: Element | null };
      return { moves: state.bannerMoves, same: document.querySelector('hangup-banner') === state.firstBanner, banners: document.querySelectorAll('hangup-banner').length };
    });
    expect(watched).toEqual({ moves: 0, same: true, banners: 1 });
    await page.locator('#row hangup-marker').click();
    expect(await page.evaluate(() => (window as unknown as { rowClicks: number }).rowClicks)).toBe(0);
    await page.locator('#row td').click({ position: { x: 5, y: 5 } });
    expect(await page.evaluate(() => (window as unknown as { rowClicks: number }).rowClicks)).toBe(1);
    await page.close();
  });

  it('marks a number the page adds two seconds after load', async () => {
    const { page } = await openNumbersPage();
    await page.locator('#added hangup-marker[data-e164="+14155550199"]').waitFor({ timeout: 10_000 });
    expect((await readMarkers(page)).filter((marker) => marker.e164 === '+14155550199')).toHaveLength(1);
    await page.close();
  });

  it('scans frames too, and never opens the page\'s IndexedDB', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/framed.html'));
    const frame = page.frameLocator('iframe');
    await frame.locator('hangup-marker[data-e164="+18775550123"]').waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => indexedDB.databases())).toEqual([]);
    await page.close();
  });

  it('answers from IndexedDB after the service worker is stopped and wakes again', async () => {
    // Stop it the way Chrome does after 30 s idle, through the internals page's Stop button.
    const internals = await browser.context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    const status = () => internals.locator('.serviceworker-running-status .value').first().textContent();
    expect(await status()).toBe('RUNNING');
    await internals.locator('cr-button[data-command="stop"]').first().click();
    await expect.poll(status, { timeout: 10_000 }).toBe('STOPPED');

    const page = await browser.context.newPage();
    await page.goto(server.url('/numbers.html'));
    await page.locator('hangup-marker[data-e164="+18885550142"]').waitFor({ timeout: 15_000 });
    await internals.reload();
    expect(await status()).toBe('RUNNING');
    await internals.close();
    await page.close();
  });

  it('answers the popup check box for a listed, an unknown and a non-number input', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const input = popup.getByLabel('Phone number to check');
    const check = popup.getByRole('button', { name: 'Check' });

    await input.fill('888.555.0142');
    await check.click();
    await expect.poll(() => popup.locator('.result').textContent()).toContain('is a known scam number');
    expect(await popup.locator('.result').textContent()).toContain('Norbury Antivirus');

    await input.fill('+1 202 555 0188');
    await check.click();
    await expect.poll(() => popup.locator('.result').textContent()).toContain('is not on your lists');

    await input.fill('call me maybe');
    await check.click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('does not look like a phone number');
    await popup.close();
  });

  it('stops marking on a paused site and resumes', async () => {
    const { page } = await openNumbersPage();
    const popup = await browser.openExtensionPage('popup.html');
    const setPaused = (paused: boolean) =>
      popup.evaluate(([origin, paused]) => chrome.runtime.sendMessage({ type: 'setSitePaused', data: { origin, paused } }), [server.origin, paused] as const);

    expect(await setPaused(true)).toEqual({ ok: true, data: { origin: server.origin, paused: true } });
    await expect.poll(() => page.locator('hangup-marker').count()).toBe(0);
    await setPaused(false);
    await expect.poll(() => page.locator('hangup-marker[data-e164="+18885550142"]').count(), { timeout: 10_000 }).toBe(1);
    await popup.close();
    await page.close();
  });

  it('answers malformed messages with an error and keeps working', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const replies = await popup.evaluate(async () => {
      const send = (message: unknown) => chrome.runtime.sendMessage(message) as Promise<{ ok: boolean; error?: { code: string } }>;
      return [
        await send({ type: 'lookupNumbers', data: { numbers: ['not a number'] } }),
        await send({ type: 'lookupNumbers', data: { numbers: Array.from({ length: 10_000 }, () => '+18885550142') } }),
        await send({ type: 'nope', data: {} }),
        await send('hello'),
        await send({ type: 'lookupNumbers', data: { numbers: ['+18885550142'] } }),
      ];
    });
    expect(replies.slice(0, 4).map((reply) => reply.ok)).toEqual([false, false, false, false]);
    expect(replies[0]?.error?.code).toBe('bad-message');
    expect(replies[1]?.error?.code).toMatch(/bad-message|too-large/);
    expect(replies[4]).toMatchObject({ ok: true, data: { verdicts: [{ e164: '+18885550142', verdict: 'scam' }] } });
    await popup.close();
  });
});
