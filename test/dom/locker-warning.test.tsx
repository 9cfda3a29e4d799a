// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { mountLockerWarning } from '@/components/mount-locker';
import type { LockerFinding } from '@/lib/page/locker/assess';
import type { LockerActions } from '@/lib/page/locker/guard';
import { LOCKER_TAG, showOverlay, type LockerOverlay } from '@/lib/page/locker/overlay';

const hostile = '<img src=x onerror="window.__hangupPwned = 1">';
const finding: LockerFinding = {
  headline: 'This page tried to take over your screen (full screen, blocked closing) and asks you to call “Bluegate Computers support”.',
  behaviours: ['fullscreen', 'beforeunload'],
  reasons: [`Claims to be Bluegate Computers security; the number ${hostile} is not one of Bluegate Computers'.`],
  vendor: { name: 'Bluegate Computers', phones: ['+1 866 555 0110'], domains: ['bluegate.example'], statements: [] },
  number: '+1 (888) 555-0175',
};

let overlay: LockerOverlay | undefined;
afterEach(() => {
  overlay?.remove();
  overlay = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function show(actions: Partial<LockerActions> = {}) {
  let dialog: HTMLDialogElement | undefined;
  const all: LockerActions = { closeTab: vi.fn(async () => true), leave: vi.fn(), ...actions };
  overlay = showOverlay(document, (d) => {
    dialog = d;
    mountLockerWarning(d, finding, all);
  });
  const host = document.querySelector(LOCKER_TAG) as HTMLElement;
  const button = (name: string) => [...dialog!.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
  return { dialog: dialog!, host, actions: all, button };
}

/** A click the user made: the page cannot make one of these. */
function trustedClick(element: Element): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('the full-page warning', () => {
  test('is a modal alert dialog in a closed shadow root, named and described', () => {
    const { dialog, host } = show();
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.shadowRoot).toBeNull();
    expect(host.childNodes).toHaveLength(0);
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    const root = dialog.getRootNode() as ShadowRoot;
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('This page is a scam');
    expect(root.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toContain('Your computer is not infected. Do not call the number. Close this tab.');
  });

  test('says what happened in plain words, with the real vendor contact', () => {
    const { dialog } = show();
    expect(dialog.textContent).toContain(finding.headline);
    expect(dialog.textContent).toContain('The real Bluegate Computers:');
    expect(dialog.textContent).toContain('+1 866 555 0110');
  });

  test('page text is shown as text, never as markup', () => {
    const { dialog } = show();
    expect(dialog.querySelector('img')).toBeNull();
    expect(dialog.textContent).toContain(hostile);
    expect((window as { __hangupPwned?: number }).__hangupPwned).toBeUndefined();
  });

  test('puts focus on "Close this tab"', () => {
    const { dialog, button } = show();
    expect((dialog.getRootNode() as ShadowRoot).activeElement).toBe(button('Close this tab'));
  });

  test('"Close this tab" asks to close the tab, and says what to do when that fails', async () => {
    const closeTab = vi.fn(async () => false);
    const { dialog, button } = show({ closeTab });
    trustedClick(button('Close this tab'));
    await vi.waitFor(() => expect(dialog.textContent).toContain('Press Ctrl+W'));
    expect(closeTab).toHaveBeenCalledOnce();
  });

  test('a click the page makes up does nothing', async () => {
    const { actions, button } = show();
    button('Close this tab').click();
    button('Leave the warning').click();
    await settle();
    expect(actions.closeTab).not.toHaveBeenCalled();
    expect(actions.leave).not.toHaveBeenCalled();
  });

  test('"Leave the warning" is there for false alarms', () => {
    const { actions, button } = show();
    trustedClick(button('Leave the warning'));
    expect(actions.leave).toHaveBeenCalledOnce();
  });

  test('Tab and Shift+Tab stay on the warning', () => {
    const { dialog, button } = show();
    const root = dialog.getRootNode() as ShadowRoot;
    button('Leave the warning').focus();
    button('Leave the warning').dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(root.activeElement).toBe(button('Close this tab'));
    button('Close this tab').dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }));
    expect(root.activeElement).toBe(button('Leave the warning'));
  });

  test('Escape does not dismiss it, and a forced close reopens it', async () => {
    const { dialog } = show();
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    dialog.close();
    await vi.waitFor(() => expect(dialog.open).toBe(true));
  });

  test('clicks and keys on it do not reach the page', () => {
    const seen: string[] = [];
    for (const type of ['click', 'keydown', 'pointerdown']) document.addEventListener(type, () => seen.push(type));
    const { button } = show();
    trustedClick(button('Leave the warning'));
    button('Close this tab').dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true, composed: true }));
    button('Close this tab').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(seen).toEqual([]);
  });
});

describe('a page that fights the warning', () => {
  test('removing it puts it back', async () => {
    const { host, dialog } = show();
    host.remove();
    await vi.waitFor(() => expect(host.parentNode).toBe(document.documentElement));
    expect(dialog.open).toBe(true);
  });

  test('moving it into a hidden element puts it back', async () => {
    const { host } = show();
    const trap = document.createElement('div');
    trap.style.display = 'none';
    document.body.append(trap);
    trap.append(host);
    await vi.waitFor(() => expect(host.parentNode).toBe(document.documentElement));
  });

  test('styles and attributes on the host are undone, and so is inert on the page', async () => {
    const { host } = show();
    host.style.setProperty('display', 'none', 'important');
    host.setAttribute('hidden', '');
    document.documentElement.setAttribute('inert', '');
    await vi.waitFor(() => {
      expect(host.style.getPropertyValue('display')).toBe('block');
      expect(host.hasAttribute('hidden')).toBe(false);
      expect(document.documentElement.hasAttribute('inert')).toBe(false);
    });
    expect(host.style.getPropertyPriority('all')).toBe('important');
  });

  test("a modal of the page's own brings the warning back on top", async () => {
    const { dialog } = show();
    await settle();
    const showModal = vi.spyOn(dialog, 'showModal');
    const theirs = document.createElement('dialog');
    document.body.append(theirs);
    theirs.showModal();
    await vi.waitFor(() => expect(showModal).toHaveBeenCalled());
    expect(dialog.open).toBe(true);
  });

  test('full screen and pointer lock are released', async () => {
    let fullscreen: Element | null = document.body;
    let pointerLock: Element | null = document.body;
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fullscreen });
    Object.defineProperty(document, 'pointerLockElement', { configurable: true, get: () => pointerLock });
    const exitFullscreen = vi.fn(async () => void (fullscreen = null));
    const exitPointerLock = vi.fn(() => void (pointerLock = null));
    Object.assign(document, { exitFullscreen, exitPointerLock });
    try {
      show();
      expect(exitFullscreen).toHaveBeenCalledOnce();
      expect(exitPointerLock).toHaveBeenCalledOnce();
      // The page goes full screen again (a click on the warning is a user gesture it can use).
      await settle();
      fullscreen = document.body;
      document.dispatchEvent(new Event('fullscreenchange'));
      await vi.waitFor(() => expect(exitFullscreen).toHaveBeenCalledTimes(2));
    } finally {
      for (const key of ['fullscreenElement', 'pointerLockElement', 'exitFullscreen', 'exitPointerLock']) delete (document as unknown as Record<string, unknown>)[key];
    }
  });

  test('a page that removes it as soon as it is back cannot spin the page forever', async () => {
    const { dialog } = show();
    const showModal = vi.spyOn(dialog, 'showModal');
    const theirs = new MutationObserver(() => document.querySelector(LOCKER_TAG)?.remove());
    theirs.observe(document, { childList: true, subtree: true });
    document.querySelector(LOCKER_TAG)?.remove();
    // Only reached if the two observers stop feeding each other.
    await new Promise((resolve) => setTimeout(resolve, 500));
    theirs.disconnect();
    expect(showModal.mock.calls.length).toBeGreaterThan(0);
    expect(showModal.mock.calls.length).toBeLessThanOrEqual(30);
    await vi.waitFor(() => expect(document.querySelector(LOCKER_TAG)).not.toBeNull(), { timeout: 2000 });
  });

  test('once removed by Hangup it stays gone', async () => {
    const { host } = show();
    overlay?.remove();
    overlay = undefined;
    expect(host.isConnected).toBe(false);
    document.body.append(document.createElement('p'));
    await settle();
    expect(document.querySelector(LOCKER_TAG)).toBeNull();
  });
});
