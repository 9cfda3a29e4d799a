import { resolve } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { serveStatic, type StaticServer } from './server';

/**
 * The end-to-end test pages (test/e2e/pages) served on 127.0.0.1, and Chromium
 * with the built extension. A test file opens them in `beforeAll` and hands
 * them to `closeAll` in `afterAll`.
 */
export async function openPagesAndExtension(options?: Parameters<typeof launchWithExtension>[0]): Promise<{ server: StaticServer; browser: ExtensionBrowser }> {
  const server = await serveStatic(resolve(import.meta.dirname, '../e2e/pages'));
  try {
    return { server, browser: await launchWithExtension(options) };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** Closes browsers and servers in order; ones that never opened are skipped. */
export async function closeAll(...things: Array<{ close: () => Promise<void> } | undefined>): Promise<void> {
  for (const thing of things) await thing?.close();
}
