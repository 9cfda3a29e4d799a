import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { TimeoutError, type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');

/**
 * Debian's firefox-esr (or HANGUP_FIREFOX); undefined when none is installed.
 * Not /usr/bin/firefox: on Debian that is firefox-esr's own wrapper script.
 */
export function firefoxPath(): string | undefined {
  const candidates = [process.env.HANGUP_FIREFOX, '/usr/bin/firefox-esr'].filter(Boolean) as string[];
  return candidates.find((path) => existsSync(path));
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** The moz-extension:// host, pinned before install so tests know it. */
  uuid: string;
  geckoId: string;
  /** Opens an extension page such as `popup.html` in a new tab. */
  openExtensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

/**
 * Starts Firefox headless over WebDriver BiDi (puppeteer-core) and installs the
 * built extension as a temporary add-on (BiDi webExtension.install), in a
 * fresh profile that puppeteer deletes on close.
 */
export async function launchFirefoxWithExtension(options: { extensionPath?: string; headless?: boolean; prefs?: Record<string, string | number | boolean> } = {}): Promise<FirefoxExtensionBrowser> {
  const extensionPath = options.extensionPath ?? FIREFOX_BUILD;
  const manifestPath = join(extensionPath, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No built extension at ${extensionPath}: run npm run build:firefox first`);
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('Firefox not found. Install it with: apt-get install -y firefox-esr');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);

  // Moz-extension hosts are random per profile unless this pref names them.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    // Firefox 153+ refuses WebDriver navigation to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
      ...options.prefs,
    },
  });
  try {
    const installed = await browser.installExtension(extensionPath);
    if (installed !== geckoId) throw new Error(`Installed ${installed}, expected ${geckoId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }

  return {
    browser,
    uuid,
    geckoId,
    openExtensionPage: async (path) => {
      const page = await browser.newPage();
      await gotoExtensionPage(page, `moz-extension://${uuid}/${path}`);
      return page;
    },
    close: () => browser.close(),
  };
}

const NEVER = new Promise<never>(() => undefined);

/**
 * Firefox loads extension pages but never reports their navigation as done over
 * BiDi, so goto would time out: wait for the document itself instead, and let
 * any other navigation error (a refused URL) through.
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  const refused = page.goto(url, { timeout: 20_000 }).then(
    () => NEVER,
    (error: unknown) => (error instanceof TimeoutError ? NEVER : Promise.reject(error)),
  );
  const loaded = (async () => {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState })).catch(() => undefined);
      if (state?.href === url && state.ready === 'complete') return;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`${url} did not load in 20 s`);
  })();
  try {
    await Promise.race([refused, loaded]);
  } finally {
    refused.catch(() => undefined);
  }
}
