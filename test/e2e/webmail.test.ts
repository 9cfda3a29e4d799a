import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBanners } from '../harness/banners';
import { launchWithExtension, type ExtensionBrowser } from '../harness/browser';
import { serveHttps, type HttpsServer } from '../harness/https';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/webmail');

/** Where each real host name's pages come from; any path serves the app page, as a single-page app's server would. */
function fileFor(host: string, path: string): string | undefined {
  if (host === 'mail.google.com') return resolve(FIXTURES, 'gmail/index.html');
  if (host === 'mail.yahoo.com') return resolve(FIXTURES, 'yahoo/index.html');
  if (host.startsWith('outlook.')) return resolve(FIXTURES, path.startsWith('/mail/deeplink/') ? 'outlook/popout.html' : 'outlook/index.html');
  return undefined;
}

interface Webmail {
  name: string;
  url: string;
  /** Bodies (or the element the banner goes before) of the scam reply, the genuine receipt, and the message opened by a click. */
  scam: string;
  legit: string;
  opened: string;
  /** The message-list row that opens `opened`. */
  row: string;
}

const WEBMAILS: Webmail[] = [
  {
    name: 'Gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKWdDtxbhLqMsvRzPmGjQBcFn',
    scam: '[data-legacy-message-id="1931b6d1a5e2f738"] .a3s',
    legit: '[data-legacy-message-id="1931ae8f2c40d001"] .a3s',
    opened: '[data-legacy-message-id="1931cf5b84c17a3c"] .a3s',
    row: 'tr[role="row"]:has-text("Action required")',
  },
  {
    name: 'Outlook',
    url: 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1hZjVmLTk1ZmQtMDACLTAwCgBGAAADjq7AAAAB',
    scam: '#UniqueMessageBody_2',
    legit: '#UniqueMessageBody_1',
    opened: '#UniqueMessageBody_3',
    row: '[role="option"]:has-text("Action required")',
  },
  {
    name: 'Yahoo Mail',
    url: 'https://mail.yahoo.com/d/folders/1/messages/AOrBSg0Ob5dRZWKx3gTd2K4vLmN',
    scam: '#reader-view li:nth-child(2) [data-test-id="message-view-body"]',
    legit: '#reader-view li:nth-child(1) [data-test-id="message-view-body"]',
    opened: '#reader-view li:nth-child(1) [data-test-id="message-view-body"]',
    row: 'a[data-test-id="message-list-item"]:has-text("Action required")',
  },
];

let server: HttpsServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveHttps({ names: ['mail.google.com', 'outlook.live.com', 'outlook.office.com', 'mail.yahoo.com'], fileFor });
  browser = await launchWithExtension({ args: [`--host-resolver-rules=${server.resolverRules}`, '--ignore-certificate-errors'] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

/** The verdict of the banner right above `selector`'s element, once there is one. */
async function bannerAbove(page: Page, selector: string): Promise<string | null> {
  const handle = await page.waitForFunction(
    (target) => {
      const previous = document.querySelector(target)?.previousElementSibling;
      return previous?.localName === 'hangup-banner' ? previous.getAttribute('data-verdict') : null;
    },
    selector,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as string | null;
}

describe.each(WEBMAILS)('$name served under its real host name', (webmail) => {
  it('puts a scam banner above the scam reply and none above the genuine receipt', async () => {
    const { page, errors } = await open(webmail.url);
    expect(new URL(page.url()).hostname).toBe(new URL(webmail.url).hostname);
    expect(await bannerAbove(page, webmail.scam)).toBe('scam');
    // Messages are checked in page order, one at a time: the receipt above was judged before this banner went in.
    expect(await page.locator('hangup-banner').count()).toBe(1);
    expect(await page.evaluate((legit) => document.querySelector(legit)?.parentElement?.querySelector('hangup-banner') ?? null, webmail.legit)).toBeNull();

    const [banner] = await readBanners(page);
    expect(banner?.verdict).toBe('scam');
    expect(banner?.text).toContain('Scam warning: this message uses a known scam number');
    expect(banner?.text).toContain('1-888-555-0142 is listed as a scam number by Hangup demo list');
    expect(banner?.text).toContain('The real Norbury Antivirus');
    expect(banner?.text).toContain('+1 800 555 0100');
    expect(banner?.text).toContain('Dismiss');
    // The page cannot reach inside the banner.
    expect(await page.evaluate(() => (document.querySelector('hangup-banner') as HTMLElement | null)?.shadowRoot ?? null)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks the number split across elements inside the scam reply', async () => {
    const { page } = await open(webmail.url);
    const marker = page.locator(`${webmail.scam} hangup-marker[data-e164="+18885550142"]`);
    await marker.waitFor({ timeout: 15_000 });
    expect(await marker.getAttribute('data-verdict')).toBe('scam');
    // The receipt's support line is the vendor's own.
    expect(await page.locator(`${webmail.legit} hangup-marker[data-e164="+18005550100"]`).first().getAttribute('data-verdict', { timeout: 15_000 })).toBe('official');
    await page.close();
  });

  it('checks a message opened after load by a click, without a reload', async () => {
    const { page, errors } = await open(webmail.url);
    await bannerAbove(page, webmail.scam);
    await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
    const before = page.url();
    await page.locator(webmail.row).click();
    expect(await bannerAbove(page, webmail.opened)).toBe('suspicious');
    expect(page.url()).not.toBe(before);
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    const banners = await readBanners(page);
    expect(banners.map((banner) => banner.verdict)).toEqual(['suspicious']);
    expect(banners[0]?.text).toContain('Suspicious: this message may be impersonating Norbury Antivirus');
    expect(banners[0]?.text).toContain('asks you to call about a $399.99 charge');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Outlook pop-out window on outlook.office.com', () => {
  it('warns about a scam whose number is only behind a "Call" button', async () => {
    const { page, errors } = await open('https://outlook.office.com/mail/deeplink/read/AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AjqGcj1kx?popoutv2=1');
    expect(await bannerAbove(page, '#UniqueMessageBody')).toBe('scam');
    const [banner] = await readBanners(page);
    expect(banner?.text).toContain('listed as a scam number');
    expect(banner?.text).toContain('The real Bluegate Computers');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the banner can be dismissed from the keyboard', async () => {
    const { page } = await open('https://outlook.office.com/mail/deeplink/read/AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AjqGcj1kx?popoutv2=1');
    await bannerAbove(page, '#UniqueMessageBody');
    // Focus inside a closed shadow root shows on the page as focus on the host.
    let focused = '';
    for (let presses = 0; presses < 30 && focused !== 'hangup-banner'; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.localName ?? '');
    }
    expect(focused).toBe('hangup-banner');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('hangup-banner').count()).toBe(0);
    await page.close();
  });
});
