/**
 * Lists at scale in Chromium with the built extension: a 1,000,000-number
 * feed published by the vendor kit and served on 127.0.0.1.
 *
 *   full sync of the 1M snapshot          target ≤ 20 s
 *   a 10,000-entry delta                  target ≤ 1 s
 *   100-number lookup from a content script, median   ≤ 5 ms
 *   service-worker cold start to first answer         ≤ 500 ms
 *   service-worker heap with 1M stored                ≤ 64 MB
 *   IndexedDB size with 1M stored                     (reported)
 *
 *   npm run build && npx tsx bench/feed-scale.ts [--entries N]
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { planBuild } from '../publisher/build-plan';
import { writeAll } from '../publisher/fs-util';
import { generateKeyPair } from '../publisher/keys';
import { createFeedServer } from '../publisher/server';
import type { Entry, Vendor } from '../lib/lists/types';
import { launchWithExtension } from '../test/harness/browser';
import { serveStatic } from '../test/harness/server';
import { attachToTarget, contentScriptWorld } from './cdp';
import { printTable, writeResults, type Row } from './report';

const at = process.argv.indexOf('--entries');
const N = at >= 0 ? Number(process.argv[at + 1]) : 1_000_000;
const CHANGES = 10_000;
const vendor: Vendor = { id: 'acme', name: 'Acme Security', aliases: [], phones: ['+18005550100'], domains: ['acme.example'], statements: [] };

/** N distinct numbers, sorted as the feed format sorts them. */
function makeEntries(count: number, salt: number): Entry[] {
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) entries.push({ n: `+1${2_000_000_000 + i * 7 + salt}`, category: 'tech-support', vendor: 'acme', firstSeen: '2026-10-01' });
  return entries.sort((a, b) => (a.n < b.n ? -1 : a.n > b.n ? 1 : 0));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'hangup-scale-'));
  const dir = join(work, 'feed');
  await mkdir(dir);
  const key = await generateKeyPair();
  const files = new Map<string, Uint8Array>();
  const build = async (entries: Entry[], previous: { head: Awaited<ReturnType<typeof planBuild>>['head']; entries: Entry[] } | undefined) => {
    const plan = await planBuild({ entries, vendors: [vendor], key, feedId: 'acme', expiresDays: 30, pollSeconds: 3600, now: new Date(), previous, keyFile: undefined, readFeedFile: async (path) => files.get(path) });
    for (const file of plan.files) files.set(file.path, file.bytes);
    await writeAll(plan.files.map((file) => ({ path: join(dir, file.path), bytes: file.bytes })));
    return plan.head;
  };

  console.log(`building a ${N.toLocaleString()}-number feed…`);
  const v1 = makeEntries(N, 0);
  const head1 = await build(v1, undefined);
  const server = createFeedServer(dir);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const pages = await serveStatic(resolve(import.meta.dirname, '../test/e2e/pages'));
  const browser = await launchWithExtension();
  const rows: Row[] = [];
  try {
    const options = await browser.openExtensionPage('options.html');
    const timed = (message: object) =>
      options.evaluate(async (m) => {
        const start = performance.now();
        const reply = (await chrome.runtime.sendMessage(m)) as { ok: boolean; error?: { message: string } };
        if (!reply.ok) throw new Error(reply.error?.message);
        return performance.now() - start;
      }, message);

    console.log('full sync…');
    const fullMs = await timed({ type: 'addFeed', data: { url: feedUrl, fingerprint: key.keyId } });
    rows.push({ metric: `full sync, ${N.toLocaleString()} numbers`, value: fullMs / 1000, unit: 's', target: 20, better: 'lower' });

    console.log('delta sync…');
    const removed = new Set(v1.filter((_, i) => i % (2 * Math.floor(N / CHANGES)) === 0).slice(0, CHANGES / 2).map((entry) => entry.n));
    const v2 = [...v1.filter((entry) => !removed.has(entry.n)), ...makeEntries(CHANGES / 2, 3).map((entry) => ({ ...entry, n: entry.n.replace('+1', '+4') }))].sort((a, b) => (a.n < b.n ? -1 : a.n > b.n ? 1 : 0));
    await build(v2, { head: head1, entries: v1 });
    const deltaMs = await timed({ type: 'syncFeed', data: { feedId: 'acme' } });
    rows.push({ metric: `delta sync, ${CHANGES.toLocaleString()} changes`, value: deltaMs / 1000, unit: 's', target: 1, better: 'lower' });

    const page = await browser.context.newPage();
    await page.goto(pages.url('/number.html'));
    let world = await contentScriptWorld(browser.context, page, 'Hangup');
    const numbers = JSON.stringify(v2.slice(0, 100).map((entry) => entry.n));
    const lookup = `(async () => { const start = performance.now(); const reply = await chrome.runtime.sendMessage({ type: 'lookupNumbers', data: { numbers: ${numbers} } }); if (!reply.ok) throw new Error(reply.error.message); return performance.now() - start; })()`;
    const samples: number[] = [];
    for (let i = 0; i < 60; i++) samples.push(await world.evaluate<number>(lookup));
    rows.push({ metric: '100-number lookup from a content script, median', value: median(samples.slice(10)), unit: 'ms', target: 5, better: 'lower' });

    const internals = await browser.context.newPage();
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) {
      await internals.goto('chrome://serviceworker-internals/');
      await internals.locator('cr-button[data-command="stop"]').first().click();
      await internals.waitForFunction(() => document.querySelector('.serviceworker-running-status .value')?.textContent === 'STOPPED');
      cold.push(await world.evaluate<number>(lookup));
    }
    rows.push({ metric: 'service-worker cold start to first answer, median of 3', value: median(cold), unit: 'ms', target: 500, better: 'lower' });
    await world.detach();
    world = undefined as never;

    const sw = await attachToTarget(browser.context, page, (target) => target.type === 'service_worker' && target.url.includes(browser.extensionId));
    await sw.call('HeapProfiler.collectGarbage');
    const heap = await sw.call<{ usedSize: number; backingStorageSize?: number; embedderHeapUsedSize?: number }>('Runtime.getHeapUsage');
    await sw.detach();
    // Typed-array contents live in backing stores outside the JS heap proper: count them.
    const heapBytes = heap.usedSize + (heap.backingStorageSize ?? 0) + (heap.embedderHeapUsedSize ?? 0);
    rows.push({ metric: `service-worker heap with ${N.toLocaleString()} stored (JS + array buffers)`, value: heapBytes / 2 ** 20, unit: 'MB', target: 64, better: 'lower' });
    const usage = await options.evaluate(() => navigator.storage.estimate());
    const idb = (usage as { usageDetails?: { indexedDB?: number } }).usageDetails?.indexedDB ?? usage.usage ?? 0;
    rows.push({ metric: `IndexedDB size with ${N.toLocaleString()} stored`, value: idb / 2 ** 20, unit: 'MB' });
  } finally {
    await browser.close();
    await pages.close();
    server.closeAllConnections();
    server.close();
    await rm(work, { recursive: true, force: true });
  }
  printTable('Lists at scale (Chromium, built extension)', rows);
  await writeResults('feeds', { entries: N, rows });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
