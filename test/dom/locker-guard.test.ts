// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { mountLockerWarning } from '@/components/mount-locker';
import type { MessageVerdict } from '@/lib/detect/message';
import { lockerGuard, type LockerActions } from '@/lib/page/locker/guard';
import { LOCKER_TAG } from '@/lib/page/locker/overlay';
import { DISARM_EVENT, SIGNALS_EVENT } from '@/lib/page/locker/probe';
import type { PageFeature } from '@/lib/page/feature';
import type { PageText } from '@/lib/page/locker/page-text';

const LOCKER_PAGE = `
  <h1>Bluegate Computers – Security Center</h1>
  <p>Your computer has been blocked. Error code #0x268d3. Do not close this page.</p>
  <p>Call Bluegate Certified Support now: +1 (888) 555-0175 <a href="tel:+18885550175">Call support</a></p>`;

const suspicious: MessageVerdict = {
  verdict: 'suspicious',
  score: 0.63,
  vendor: { name: 'Bluegate Computers', phones: ['+18665550110'], domains: ['bluegate.example'], statements: [] },
  numbers: [{ raw: '+1 (888) 555-0175', e164: '+18885550175', status: 'suspicious' }],
  reasons: ['Claims to be Bluegate Computers security; the number +1 (888) 555-0175 is not one of Bluegate Computers\'.'],
};
const none: MessageVerdict = { verdict: 'none', score: 0, numbers: [], reasons: ['No phone number found.'] };

let feature: PageFeature | undefined;
let dialogs: HTMLDialogElement[];
let actions: LockerActions | undefined;
let stop: AbortController;

beforeEach(() => {
  document.title = 'Bluegate Security Alert';
  document.body.innerHTML = LOCKER_PAGE;
  dialogs = [];
  actions = undefined;
  stop = new AbortController();
});

afterEach(() => {
  feature?.stop();
  feature = undefined;
  stop.abort();
  document.body.innerHTML = '';
  for (const key of ['fullscreenElement', 'exitFullscreen']) delete (document as unknown as Record<string, unknown>)[key];
  vi.restoreAllMocks();
});

function start(verdict: MessageVerdict | (() => Promise<MessageVerdict>) = suspicious) {
  const checkPage = vi.fn<(page: PageText) => Promise<MessageVerdict>>(typeof verdict === 'function' ? verdict : async () => verdict);
  const closeTab = vi.fn(async () => true);
  feature = lockerGuard({
    win: window,
    checkPage,
    closeTab,
    mountWarning: (dialog, finding, given) => {
      dialogs.push(dialog);
      actions = given;
      mountLockerWarning(dialog, finding, given);
    },
    signal: stop.signal,
    settleMs: 0,
    pollMs: 60_000,
  });
  feature.start();
  return { checkPage, closeTab };
}

/** What the main-world probe (or a page forging it) reports. */
const probe = (counts: Record<string, number>) => document.dispatchEvent(new CustomEvent(SIGNALS_EVENT, { detail: JSON.stringify(counts) }));
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const warning = () => document.querySelector(LOCKER_TAG);

describe('the browser-locker guard', () => {
  test('does nothing on a page that does nothing', async () => {
    const { checkPage } = start();
    await settle();
    expect(checkPage).not.toHaveBeenCalled();
    expect(warning()).toBeNull();
  });

  test('full screen plus a support-scam text: the page as a message, then the full-page warning', async () => {
    const { checkPage } = start();
    probe({ fullscreen: 1, beforeunload: 1 });
    await vi.waitFor(() => expect(warning()).not.toBeNull());
    expect(checkPage).toHaveBeenCalledOnce();
    const page = checkPage.mock.calls[0]![0];
    expect(page).toMatchObject({ subject: 'Bluegate Security Alert', from: location.host, telLinks: ['+18885550175'] });
    expect(page.text).toContain('Your computer has been blocked');
    expect(dialogs[0]?.textContent).toContain('(full screen, blocked closing) and asks you to call “Bluegate Computers support”');
    expect((warning() as HTMLElement).shadowRoot).toBeNull();
  });

  test('a video player going full screen gets a look at its text and no warning', async () => {
    document.body.innerHTML = '<video src="holiday.mp4"></video><p>Our holiday video.</p>';
    const { checkPage } = start(none);
    probe({ fullscreen: 1 });
    await vi.waitFor(() => expect(checkPage).toHaveBeenCalledOnce());
    await settle();
    expect(warning()).toBeNull();
  });

  test('an editor asking before closing is not worth reading', async () => {
    document.body.innerHTML = '<textarea></textarea><p>Draft saved. Call us on +1 866 555 0110.</p>';
    const { checkPage } = start();
    probe({ beforeunload: 1 });
    await settle();
    expect(checkPage).not.toHaveBeenCalled();
  });

  test('a "leave site?" prompt alone is not enough, even beside locker wording (webmail showing a scam mail)', async () => {
    const { checkPage } = start();
    probe({ beforeunload: 3 });
    await settle();
    expect(checkPage).not.toHaveBeenCalled();
  });

  test('a trap plus stuffed history on a locker page is', async () => {
    start();
    probe({ beforeunload: 1, historyBurst: 25 });
    await vi.waitFor(() => expect(warning()).not.toBeNull());
    expect(dialogs[0]?.textContent).toContain('This page tried to keep you on it (broke the Back button, blocked closing)');
  });

  test('a forged low report does not undo a real one', async () => {
    document.body.innerHTML = '<p>Bluegate support: +1 (888) 555-0175</p>';
    const { checkPage } = start(async () => (probe({ fullscreen: 0 }), suspicious));
    probe({ fullscreen: 1 });
    await vi.waitFor(() => expect(warning()).not.toBeNull());
    expect(checkPage).toHaveBeenCalledOnce();
  });

  test('sees full screen by itself when the probe is silenced, and takes the page out of it', async () => {
    let fullscreen: Element | null = null;
    const exitFullscreen = vi.fn(async () => void (fullscreen = null));
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fullscreen });
    Object.assign(document, { exitFullscreen });
    start();
    await settle();
    fullscreen = document.documentElement;
    document.dispatchEvent(new Event('fullscreenchange'));
    await vi.waitFor(() => expect(warning()).not.toBeNull());
    expect(exitFullscreen).toHaveBeenCalled();
    expect(fullscreen).toBeNull();
  });

  test('reads the same page once, however often the signals change', async () => {
    document.body.innerHTML = '<canvas></canvas><p>A game in full screen.</p>';
    const { checkPage } = start(none);
    probe({ fullscreen: 1 });
    await vi.waitFor(() => expect(checkPage).toHaveBeenCalledOnce());
    probe({ fullscreen: 2 });
    probe({ fullscreen: 3, pointerLock: 1 });
    await settle();
    expect(checkPage).toHaveBeenCalledOnce();
    // The page changed its text: worth another look, but only a few times per page.
    for (let i = 0; i < 8; i++) {
      document.body.append(`Update ${i}. `);
      probe({ fullscreen: 4 + i });
      await settle();
    }
    expect(checkPage).toHaveBeenCalledTimes(5);
  });

  test('"Leave the warning" removes it for good on this page', async () => {
    start();
    probe({ fullscreen: 1 });
    await vi.waitFor(() => expect(actions).toBeDefined());
    actions!.leave();
    expect(warning()).toBeNull();
    probe({ fullscreen: 5, pointerLock: 1 });
    await settle();
    expect(warning()).toBeNull();
  });

  test('"Close this tab" disarms the page\'s "Leave site?" traps, then goes to the background', async () => {
    const { closeTab } = start();
    probe({ fullscreen: 1 });
    await vi.waitFor(() => expect(actions).toBeDefined());
    const disarmed = vi.fn(() => expect(closeTab).not.toHaveBeenCalled());
    document.addEventListener(DISARM_EVENT, disarmed);
    expect(await actions!.closeTab()).toBe(true);
    expect(disarmed).toHaveBeenCalledOnce();
    expect(closeTab).toHaveBeenCalledOnce();
  });

  test('a failed verdict leaves the page alone', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    start(async () => {
      throw new Error('Receiving end does not exist');
    });
    probe({ fullscreen: 1 });
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(warning()).toBeNull();
  });

  test('stop() takes the warning down and stops listening', async () => {
    const { checkPage } = start();
    probe({ fullscreen: 1 });
    await vi.waitFor(() => expect(warning()).not.toBeNull());
    feature!.stop();
    expect(warning()).toBeNull();
    probe({ fullscreen: 2, pointerLock: 1 });
    await settle();
    expect(warning()).toBeNull();
    expect(checkPage).toHaveBeenCalledOnce();
  });

  test('runs in the top frame only', async () => {
    const frame = { top: {}, document } as unknown as Window;
    const checkPage = vi.fn(async () => suspicious);
    feature = lockerGuard({ win: frame, checkPage, closeTab: async () => true, mountWarning: () => undefined, signal: stop.signal, settleMs: 0 });
    feature.start();
    probe({ fullscreen: 1 });
    await settle();
    expect(checkPage).not.toHaveBeenCalled();
  });
});
