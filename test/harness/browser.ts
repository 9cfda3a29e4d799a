import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export function chromiumPath(): string {
  const candidates = [process.env.HANGUP_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`Chromium not found (looked at ${candidates.join(', ')}). Install it with: apt-get install -y chromium`);
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens an extension page such as `popup.html`. */
  openExtensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

/** Starts Debian's Chromium with the built extension loaded, in a fresh profile. */
export async function launchWithExtension(options: { headless?: boolean; extensionPath?: string; args?: string[]; env?: Record<string, string> } = {}): Promise<ExtensionBrowser> {
  const extensionPath = options.extensionPath ?? CHROME_BUILD;
  if (!existsSync(join(extensionPath, 'manifest.json'))) throw new Error(`No built extension at ${extensionPath}: run npm run build first`);
  const profile = await mkdtemp(join(tmpdir(), 'hangup-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1100, height: 800 },
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: async () => {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
    },
  };
}
