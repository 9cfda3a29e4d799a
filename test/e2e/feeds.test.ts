import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedServer, type RouteHandler } from '../../publisher/server';
import { launchWithExtension, type ExtensionBrowser } from '../harness/browser';
import { publisher, writeNumbers } from '../harness/publisher';
import { serveStatic, type StaticServer } from '../harness/server';

const V1 = '+12135550101';
const V2 = '+12135550102';
const V3 = '+12135550103';
const V4 = '+12135550104';

/** While set, list files trickle out slowly, so a sync can be caught half-way. */
let slow = false;
let slowRequests = 0;
const slowLists: RouteHandler = async (req, res) => {
  if (!slow || !req.url?.endsWith('.tsv')) return false;
  slowRequests++;
  res.writeHead(200, { 'content-type': 'text/tab-separated-values', 'access-control-allow-origin': '*' });
  res.write('hangup-');
  // Never finishes while the test holds `slow`; the connection closes with the server.
  await new Promise((done) => setTimeout(done, 30_000));
  res.end();
  return true;
};

let work: string;
let feedDir: string;
let fingerprint: string;
let feedServer: Server;
let feedUrl: string;
let pages: StaticServer;
let browser: ExtensionBrowser;
let options: Page;

const vendor = {
  id: 'northwind',
  name: 'Northwind Security',
  aliases: ['Northwind'],
  phones: ['+18005550177'],
  domains: ['northwind.example'],
  reportUrl: 'https://northwind.example/report',
  statements: ['Northwind never calls you unexpectedly.'],
};

async function publish(numbers: string[]): Promise<void> {
  await writeNumbers(join(work, 'numbers.csv'), numbers, vendor.id);
  await publisher(['build', '--list', 'numbers.csv', '--vendor', 'vendor.json', '--key', 'northwind.key', '--out', feedDir], work);
}

async function verdictOn(number: string): Promise<string> {
  const page = await browser.context.newPage();
  await page.goto(pages.url(`/number.html?n=${encodeURIComponent(number)}`));
  // Give the scan time to finish, then read what was marked.
  await page.waitForTimeout(1200);
  const marker = page.locator('hangup-marker');
  const verdict = (await marker.count()) ? await marker.first().getAttribute('data-verdict') : 'none';
  await page.close();
  return verdict ?? 'none';
}

const sendFromOptions = (message: unknown) => options.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; data?: { outcome: string } }>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hangup-feed-'));
  feedDir = join(work, 'feed');
  await writeFile(join(work, 'vendor.json'), JSON.stringify(vendor));
  const keygen = await publisher(['keygen', '--out', 'northwind'], work);
  fingerprint = /fingerprint: ([0-9a-f]{64})/.exec(keygen)![1]!;
  await publish([V1]);
  feedServer = createFeedServer(feedDir, { routes: [slowLists] });
  await new Promise<void>((done) => feedServer.listen(0, '127.0.0.1', done));
  feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/`;
  pages = await serveStatic(resolve(import.meta.dirname, 'pages'));
  browser = await launchWithExtension();
  options = await browser.openExtensionPage('options.html');
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
  feedServer?.closeAllConnections();
  await new Promise((done) => feedServer?.close(done));
  if (work) await rm(work, { recursive: true, force: true });
});

describe('a vendor feed, end to end', () => {
  it('subscribes from the options page and marks the list’s number', async () => {
    expect(await verdictOn(V1)).toBe('none');
    await options.getByLabel('List address').fill(feedUrl);
    await options.getByLabel('Key fingerprint').fill(fingerprint);
    await options.getByRole('button', { name: 'Add list' }).click();
    await expect.poll(() => options.getByRole('status').textContent(), { timeout: 15_000 }).toContain('Added Northwind Security list: 1 number.');
    await expect.poll(() => options.locator('[data-feed="northwind"]').textContent()).toContain(feedUrl);
    expect(await verdictOn(V1)).toBe('scam');
  });

  it('refuses a wrong fingerprint with a clear message', async () => {
    await options.getByLabel('List address').fill(feedUrl);
    await options.getByLabel('Key fingerprint').fill('0'.repeat(64));
    await options.getByRole('button', { name: 'Add list' }).click();
    await expect.poll(() => options.getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(/not signed with the key that fingerprint names|already have this list/);
  });

  it('picks up version 2 with a new number', async () => {
    await publish([V1, V2]);
    await options.locator('[data-feed="northwind"]').getByRole('button', { name: 'Update now' }).click();
    await expect.poll(() => options.locator('[data-feed="northwind"]').textContent(), { timeout: 15_000 }).toContain('2 numbers');
    expect(await verdictOn(V2)).toBe('scam');
  });

  it('refuses a tampered version 3 and keeps version 2 serving', async () => {
    await publish([V1, V2, V3]);
    const headPath = join(feedDir, 'head.json');
    const envelope = JSON.parse(await readFile(headPath, 'utf8')) as { signatures: Array<{ sig: string }> };
    const sig = envelope.signatures[0]!;
    sig.sig = (sig.sig.startsWith('A') ? 'B' : 'A') + sig.sig.slice(1);
    await writeFile(headPath, JSON.stringify(envelope));

    const reply = await sendFromOptions({ type: 'syncFeed', data: { feedId: 'northwind' } });
    expect(reply).toEqual({ ok: true, data: { outcome: 'failed' } });
    await expect.poll(() => options.locator('[data-feed="northwind"]').textContent(), { timeout: 10_000 }).toContain('Last update failed: the list is not signed by its key');
    expect(await options.locator('[data-feed="northwind"]').textContent()).toContain('2 numbers');
    expect(await verdictOn(V2)).toBe('scam');
    expect(await verdictOn(V3)).toBe('none');
  });

  it('a service worker stopped in the middle of a sync keeps the old list, and the next sync completes', async () => {
    await publish([V1, V2, V4]);
    slow = true;
    await options.evaluate(() => void chrome.runtime.sendMessage({ type: 'syncFeed', data: { feedId: 'northwind' } }));
    await expect.poll(() => slowRequests, { timeout: 10_000 }).toBeGreaterThan(0);

    const internals = await browser.context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    await internals.locator('cr-button[data-command="stop"]').first().click();
    await expect.poll(() => internals.locator('.serviceworker-running-status .value').first().textContent(), { timeout: 10_000 }).toBe('STOPPED');
    await internals.close();
    slow = false;

    // Woken by the page's lookup, it serves version 2 from IndexedDB.
    expect(await verdictOn(V2)).toBe('scam');
    expect(await verdictOn(V4)).toBe('none');

    const reply = await sendFromOptions({ type: 'syncFeed', data: { feedId: 'northwind' } });
    expect(reply).toEqual({ ok: true, data: { outcome: 'updated' } });
    expect(await verdictOn(V4)).toBe('scam');
    expect(await verdictOn(V3)).toBe('none');
  });
});
