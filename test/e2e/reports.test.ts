import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/browser';
import { TestInbox } from '../harness/inbox';
import { serveVendorFeed, type VendorFeed } from '../harness/publisher';
import { serveStatic, type StaticServer } from '../harness/server';
import { clickInShadow } from '../harness/shadow';

const FIRST = '+13125550101';
const SECOND = '+13125550102';
const FORGED = '+13125550103';
const BANNERED = '+13125550104';

let feed: VendorFeed;
let pages: StaticServer;
let browser: ExtensionBrowser;
let options: Page;
const inbox = new TestInbox();

async function stopWorker(): Promise<void> {
  const internals = await browser.context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  await internals.locator('cr-button[data-command="stop"]').first().click();
  await expect.poll(() => internals.locator('.serviceworker-running-status .value').first().textContent(), { timeout: 10_000 }).toBe('STOPPED');
  await internals.close();
}

async function pageWith(number: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(pages.url(`/report.html?n=${encodeURIComponent(number)}`));
  await page.locator('hangup-marker[data-verdict="scam"]').waitFor({ timeout: 15_000 });
  return page;
}

const reports = () =>
  options.evaluate(() => chrome.runtime.sendMessage({ type: 'listReports', data: {} })) as Promise<{ ok: boolean; data: { reports: Array<{ e164: string; state: string; lastError?: string; reportId: string }> } }>;

beforeAll(async () => {
  feed = await serveVendorFeed([FIRST, SECOND, FORGED, BANNERED], await inbox.start());
  pages = await serveStatic(resolve(import.meta.dirname, 'pages'));
  browser = await launchWithExtension();
  options = await browser.openExtensionPage('options.html');
  const added = await options.evaluate(([url, fingerprint]) => chrome.runtime.sendMessage({ type: 'addFeed', data: { url, fingerprint } }), [feed.url, feed.fingerprint] as const);
  expect(added).toMatchObject({ ok: true });
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
  await inbox.stop();
  await feed?.close();
});

describe('reports from a warning', () => {
  it('one real click delivers exactly one report, with no page data', async () => {
    const page = await pageWith(FIRST);
    await page.locator('hangup-marker').first().click();
    await clickInShadow(page, { hostTag: 'hangup-marker', tag: 'button', text: 'Report to Northwind Security' });
    await expect.poll(() => inbox.received.length, { timeout: 15_000 }).toBe(1);
    const [received] = inbox.received;
    expect(received!.key).toBe(received!.body.reportId);
    expect(received!.body).toMatchObject({ schema: 'hangup-report/1', number: { e164: FIRST }, vendor: { name: 'Northwind Security' }, channel: 'web', verdict: 'scam' });
    expect(received!.body).not.toHaveProperty('context');
    expect(JSON.stringify(received!.body)).not.toContain('127.0.0.1');
    // A second click on the same number within a day is the same report.
    await page.reload();
    await page.locator('hangup-marker').first().click();
    await clickInShadow(page, { hostTag: 'hangup-marker', tag: 'button', text: 'Report to Northwind Security' });
    await page.waitForTimeout(7_000);
    expect(inbox.received).toHaveLength(1);
    await page.close();
  });

  it('a click made up by the page sends nothing', async () => {
    const page = await pageWith(FORGED);
    await page.locator('hangup-marker').first().click();
    await page.evaluate(() => {
      const host = document.querySelector('hangup-marker') as HTMLElement;
      host.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const box = host.getBoundingClientRect();
      for (let y = box.bottom; y < box.bottom + 400; y += 10) {
        (document.elementFromPoint(box.left + 40, y) as HTMLElement | null)?.click();
      }
    });
    await page.waitForTimeout(6_500);
    expect((await reports()).data.reports.filter((report) => report.e164 === FORGED)).toEqual([]);
    expect(inbox.received.filter((r) => (r.body.number as { e164: string }).e164 === FORGED)).toEqual([]);
    await page.close();
  });

  it('with the inbox down the report waits, survives a worker restart, and arrives exactly once; the page address goes only when ticked', async () => {
    await inbox.stop();
    const page = await pageWith(SECOND);
    await page.locator('hangup-marker').first().click();
    // Tick "This page's address" (off by default), then report.
    await clickInShadow(page, { hostTag: 'hangup-marker', tag: 'input', text: '', hostAttribute: ['data-e164', SECOND] });
    await clickInShadow(page, { hostTag: 'hangup-marker', tag: 'button', text: 'Report to Northwind Security' });
    await expect
      .poll(async () => (await reports()).data.reports.find((report) => report.e164 === SECOND)?.lastError ?? '', { timeout: 15_000 })
      .toMatch(/could not be reached/);
    await page.close();

    await stopWorker();
    await inbox.start();
    const popup = await browser.openExtensionPage('popup.html');
    await popup.locator(`[data-state="queued"]`).getByRole('button', { name: 'Retry now' }).click();
    await expect.poll(() => inbox.received.filter((r) => (r.body.number as { e164: string }).e164 === SECOND).length, { timeout: 15_000 }).toBe(1);
    await expect.poll(() => popup.locator('[data-state="sent"]').count(), { timeout: 10_000 }).toBe(2);
    const sent = inbox.received.find((r) => (r.body.number as { e164: string }).e164 === SECOND)!;
    expect(sent.body.context).toEqual({ origin: pages.origin });
    await popup.close();
  });

  it('the Report button on a message banner files the message’s flagged number', async () => {
    const page = await browser.context.newPage();
    await page.goto(pages.url(`/report.html?n=${encodeURIComponent(BANNERED)}`));
    await page.locator('hangup-banner').waitFor({ timeout: 15_000 });
    await clickInShadow(page, { hostTag: 'hangup-banner', tag: 'button', text: 'Report to Northwind Security' });
    await expect.poll(() => inbox.received.filter((r) => (r.body.number as { e164: string }).e164 === BANNERED).length, { timeout: 15_000 }).toBe(1);
    const sent = inbox.received.find((r) => (r.body.number as { e164: string }).e164 === BANNERED)!;
    expect(sent.body).toMatchObject({ verdict: 'scam', channel: 'web', vendor: { name: 'Northwind Security' } });
    expect(sent.body).not.toHaveProperty('context');
    await page.close();
  });
});
