/**
 * `npm run demo`: serves the bundled demo pages on 127.0.0.1 and opens Chromium
 * with the built extension. With a display the browser stays open for you;
 * without one it runs headless, saves screenshots and prints what was flagged.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../harness/browser';
import { readBanners } from '../harness/banners';
import { readMarkers, type MarkerInfo } from '../harness/markers';
import { serveStatic } from '../harness/server';

const PAGES = [
  { file: 'inbox.html', title: 'Webmail inbox with a fake renewal notice and a genuine receipt' },
  { file: 'support.html', title: 'Fake support page' },
  { file: 'contact.html', title: 'Genuine vendor contact page' },
  { file: 'locker.html', title: 'Browser-locker page (Hangup covers it with a full-page warning)' },
];
const OUT = resolve(process.env.HANGUP_DEMO_OUT ?? 'demo-output');

const args = new Set(process.argv.slice(2));
const headed = !args.has('--headless') && !process.env.CI && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/** Waits until the scan has settled: no new marker for a while. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  let last = -1;
  for (let stable = 0, waited = 0; stable < 3 && waited < 40; waited++) {
    await page.waitForTimeout(250);
    const count = await page.locator('hangup-marker').count();
    stable = count === last ? stable + 1 : 0;
    last = count;
  }
}

/** One line per number: verdict, and how many places on the page show it. */
function summarise(markers: MarkerInfo[]): string[] {
  const seen = new Map<string, { verdict: string; places: number }>();
  for (const marker of markers) {
    const entry = seen.get(marker.e164) ?? { verdict: marker.verdict, places: 0 };
    entry.places++;
    seen.set(marker.e164, entry);
  }
  return [...seen].map(([e164, { verdict, places }]) => {
    const what = verdict === 'scam' ? 'SCAM number (listed)' : verdict === 'official' ? 'official vendor number' : verdict;
    return `${e164.padEnd(15)} ${what}${places > 1 ? ` (marked in ${places} places)` : ''}`;
  });
}

async function main(): Promise<void> {
  const server = await serveStatic(resolve(import.meta.dirname, 'pages'));
  const browser = await launchWithExtension({ headless: !headed });
  const stop = async () => {
    await browser.close();
    await server.close();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));

  if (headed) {
    for (const { file } of PAGES) await (await browser.context.newPage()).goto(server.url(file));
    await browser.openExtensionPage('popup.html');
    console.log(`Chromium is open with Hangup loaded. Demo pages: ${server.url('/index.html')}`);
    console.log('Click a red "Scam number" badge to see why it was flagged. Close the browser or press Ctrl+C to stop.');
    await new Promise<void>((done) => browser.context.once('close', () => done()));
    await server.close();
    return;
  }

  await mkdir(OUT, { recursive: true });
  console.log(`Hangup demo (headless; no display found). Pages served at ${server.origin}\n`);
  let flagged = 0;
  for (const { file, title } of PAGES) {
    const page = await browser.context.newPage();
    await page.goto(server.url(file));
    await settle(page);
    const markers = await readMarkers(page);
    const banners = await readBanners(page);
    const locker = (await page.locator('hangup-locker').count()) > 0;
    flagged += new Set(markers.filter((marker) => marker.verdict === 'scam').map((marker) => marker.e164)).size;
    const shot = join(OUT, file.replace('.html', '.png'));
    await page.screenshot({ path: shot, fullPage: true });
    // A second picture with the first warning opened, showing its reasons.
    const first = page.locator('hangup-marker[data-verdict="scam"]').first();
    const details = join(OUT, file.replace('.html', '-details.png'));
    if (await first.count()) {
      await first.click();
      await page.screenshot({ path: details, fullPage: true });
    }
    console.log(`${file} — ${title}`);
    if (locker) console.log('  FULL-PAGE WARNING: browser-locker page');
    for (const banner of banners) console.log(`  message banner: ${banner.verdict.toUpperCase()} — ${banner.text.slice(0, 90)}…`);
    if (markers.length === 0 && banners.length === 0 && !locker) console.log('  nothing flagged');
    for (const line of summarise(markers)) console.log(`  ${line}`);
    console.log(`  screenshot: ${shot}${(await first.count()) ? `, with the warning opened: ${details}` : ''}\n`);
    await page.close();
  }

  const popup = await browser.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.getByLabel('Phone number to check').fill('+1 888 555 0142');
  await popup.getByRole('button', { name: 'Check' }).click();
  await popup.locator('.result').waitFor();
  const popupShot = join(OUT, 'popup.png');
  await popup.screenshot({ path: popupShot });
  console.log(`popup — "Check a number": ${(await popup.locator('.result h3').textContent())?.trim()}`);
  console.log(`  screenshot: ${popupShot}\n`);

  console.log(`${flagged} scam numbers flagged. Screenshots are in ${OUT}`);
  await stop();
  if (flagged === 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error('Demo failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
