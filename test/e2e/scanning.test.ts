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

async function open(path: string): Promise<{ page: Page; infos: string[] }> {
  const page = await browser.context.newPage();
  const infos: string[] = [];
  page.on('console', (message) => message.type() === 'info' && infos.push(message.text()));
  await page.goto(server.url(path));
  return { page, infos };
}

const marker = (page: Page, e164: string) => page.locator(`hangup-marker[data-e164="${e164}"]`);

describe('page scanning in Chromium', () => {
  it('marks numbers disguised across elements right after their last character', async () => {
    const { page } = await open('/obfuscated.html');
    const expected = { spans: '+18885550142', 'zero-width': '+12025550143', wbr: '+18445550161', letters: '+18335550177', digits: '+14155550199' };
    for (const e164 of Object.values(expected)) await marker(page, e164).waitFor({ timeout: 15_000 });
    const found = await readMarkers(page);
    expect(found.map((m) => m.e164).sort()).toEqual(Object.values(expected).sort());
    expect(found.every((m) => m.verdict === 'scam')).toBe(true);
    // Where each marker went: the text just before it ends the number.
    const before = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('p')].map((p) => [p.id, p.querySelector('hangup-marker')?.previousSibling?.textContent ?? null])),
    );
    expect(before).toEqual({ spans: '0142', 'zero-width': '4\u200b3', wbr: '0161', letters: '-O177', digits: '9' });
    await page.close();
  });

  it('stays responsive on a page with 10,000 unlisted numbers, and marks none of them', async () => {
    const { page } = await open('/many-numbers.html');
    // Clicks while the scan runs: the page's own handler must answer quickly.
    for (let i = 0; i < 5; i++) {
      await page.click('#ping');
      await page.waitForTimeout(100);
    }
    // Scans run one after another: once a number added now is marked, the first scan is over.
    await page.evaluate(() => (document.getElementById('later')!.textContent = 'Fraud line: 1-888-555-0142'));
    await marker(page, '+18885550142').waitFor({ timeout: 60_000 });
    const result = await page.evaluate(() => {
      const page = window as unknown as { stopHeartbeat: () => void; responsiveness: { longestGap: number; beats: number; clickDelays: number[] } };
      page.stopHeartbeat();
      return page.responsiveness;
    });
    expect(result.beats).toBeGreaterThan(20);
    expect(result.longestGap).toBeLessThan(100);
    expect(result.clickDelays).toHaveLength(5);
    expect(Math.max(...result.clickDelays)).toBeLessThan(100);
    expect((await readMarkers(page)).map((m) => m.e164)).toEqual(['+18885550142']);
    await page.close();
  });

  it('scans a message opened by single-page navigation', async () => {
    const { page } = await open('/spa.html');
    await page.waitForTimeout(500);
    await page.click('#open');
    await marker(page, '+14155550199').waitFor({ timeout: 15_000 });
    expect(page.url()).toMatch(/\/spa\/message\/1$/);
    const placement = await page.evaluate(() => document.querySelector('hangup-marker')?.previousSibling?.textContent);
    expect(placement).toBe('0199');
    await page.close();
  });

  it('backs off on a page that changes all the time without numbers; other pages still work, and so does that one after it navigates', async () => {
    const { page: storm, infos } = await open('/storm.html');
    await expect.poll(() => infos.some((text) => /changes are no longer scanned/.test(text)), { timeout: 40_000, interval: 500 }).toBe(true);

    const { page: normal } = await open('/numbers.html');
    await marker(normal, '+18885550142').waitFor({ timeout: 15_000 });
    await normal.close();

    await storm.evaluate(() => (window as unknown as { navigateToHelp: () => void }).navigateToHelp());
    await marker(storm, '+18335550177').waitFor({ timeout: 15_000 });
    expect(infos.filter((text) => text.startsWith('Hangup:'))).toHaveLength(1);
    await storm.close();
  });
});
