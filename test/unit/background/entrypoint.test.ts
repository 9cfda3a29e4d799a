import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import type { Reply } from '@/lib/messaging';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_FEED } from '@/lib/lists/default-feed';
import { BUNDLE_DIR, bundled } from '../fixtures';

/** Delivers a message to the background's listener as the browser would, with a sender it vouches for. */
async function deliver(message: unknown, sender: object): Promise<Reply<never>> {
  const [reply] = (await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {})) as unknown as Array<Reply<never>>;
  return reply!;
}

const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const tab = () => ({ id: fakeBrowser.runtime.id, url: 'https://mail.example.com/inbox', tab: { id: 1 } });

const external: unknown[] = [];

beforeAll(() => {
  fakeBrowser.reset();
  // The fake browser has no manifest; the background reads its version for reports.
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Hangup', version: '0.0.0-test' });
  // The fake leaves these unimplemented; record any listener instead of throwing.
  fakeBrowser.runtime.onMessageExternal.addListener = (listener) => void external.push(listener);
  fakeBrowser.runtime.onConnectExternal.addListener = (listener) => void external.push(listener);
  const bundle = fakeBrowser.runtime.getURL(`/${DEFAULT_FEED.folder}` as '/');
  vi.stubGlobal('fetch', async (url: string) => {
    if (!url.startsWith(bundle)) throw new Error(`unexpected fetch ${url}`);
    return new Response(new Uint8Array(readFileSync(resolve(BUNDLE_DIR, url.slice(bundle.length)))));
  });
  background.main();
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe('background wiring', () => {
  test('listens to its own extension only', () => {
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(external).toEqual([]);
  });

  test('answers a content script lookup from the bundled list', async () => {
    const reply = await deliver({ type: 'lookupNumbers', data: { numbers: ['+12025550143'] } }, tab());
    expect(reply).toMatchObject({ ok: true, data: { verdicts: [{ e164: '+12025550143', verdict: 'scam' }] } });
  });

  test('answers the popup and refuses the same request from a tab', async () => {
    expect(await deliver({ type: 'listFeeds', data: {} }, popup())).toMatchObject({ ok: true, data: { feeds: [{ feedId: 'hangup-demo' }] } });
    expect(await deliver({ type: 'listFeeds', data: {} }, tab())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test('refuses a sender from another extension', async () => {
    expect(await deliver({ type: 'pageStatus', data: {} }, { ...tab(), id: 'another-extension' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
