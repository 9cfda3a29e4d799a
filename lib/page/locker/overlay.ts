import { keepEventsInside } from '../shadow-host';

export const LOCKER_TAG = 'hangup-locker';

/** Inline and !important: beats any page stylesheet aimed at the host. */
const HOST_STYLE = 'all: initial !important; display: block !important; visibility: visible !important;';
/** Attributes of the page's own elements that can put something above the warning or hide it. */
const WATCHED = ['open', 'popover', 'style', 'class', 'hidden', 'inert'];
/**
 * Re-covering is immediate up to this many times a second; past that (a page whose own observer
 * removes the warning as soon as it is back) it waits, so the two cannot spin the page forever.
 */
const RAISES_PER_SECOND = 20;

export interface LockerOverlay {
  remove(): void;
}

/**
 * A full-viewport modal <dialog> in a closed shadow root, shown with
 * showModal() so it sits in the browser's top layer, above any z-index the
 * page can set, and makes the rest of the page inert. It takes the page out
 * of full screen and pointer lock, and puts itself back on top when the page
 * removes it, hides it, or opens a dialog or full screen of its own.
 */
export function showOverlay(doc: Document, fill: (dialog: HTMLDialogElement) => void): LockerOverlay {
  const win = doc.defaultView;
  const host = doc.createElement(LOCKER_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const dialog = doc.createElement('dialog');
  root.append(dialog);
  fill(dialog);

  const stop = new AbortController();
  const recent: number[] = [];
  let pending: ReturnType<typeof setTimeout> | undefined;
  let raising = false;

  function release(): void {
    if (doc.fullscreenElement) void doc.exitFullscreen?.().catch(() => undefined);
    if (doc.pointerLockElement) doc.exitPointerLock?.();
    (navigator as { keyboard?: { unlock?: () => void } }).keyboard?.unlock?.();
  }

  function raise(): void {
    if (stop.signal.aborted || pending) return;
    const now = performance.now();
    while (recent.length > 0 && recent[0]! <= now - 1000) recent.shift();
    const wait = recent.length >= RAISES_PER_SECOND ? recent[0]! + 1000 - now : 0;
    if (wait > 0) {
      pending = setTimeout(() => {
        pending = undefined;
        raise();
      }, wait);
      return;
    }
    recent.push(now);
    const top = doc.documentElement;
    if (!top) return;
    if (host.parentNode !== top) top.append(host);
    for (const name of host.getAttributeNames()) if (name !== 'style') host.removeAttribute(name);
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    top.removeAttribute('inert');
    release();
    // Closing and reopening moves the dialog to the top of the top layer, above the page's own.
    const focused = root.activeElement as HTMLElement | null;
    raising = true;
    try {
      if (dialog.open) dialog.close();
      dialog.showModal();
    } catch {
      dialog.setAttribute('open', '');
    } finally {
      raising = false;
    }
    (focused ?? dialog.querySelector<HTMLElement>('[autofocus]'))?.focus();
  }

  const coveredOrMoved = () =>
    host.parentNode !== doc.documentElement || host.getAttribute('style') !== HOST_STYLE || host.attributes.length > 1 || doc.documentElement?.hasAttribute('inert');
  const observer = new MutationObserver((records) => {
    const pageDialog = records.some((r) => r.attributeName === 'open' && (r.target as Element).localName === 'dialog' && (r.target as Element).hasAttribute('open'));
    if (pageDialog || coveredOrMoved()) raise();
  });
  observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED });

  const on = { signal: stop.signal };
  // Escape would close a modal dialog; a second Escape closes it regardless, so reopen on close too.
  dialog.addEventListener('cancel', (event) => event.preventDefault(), on);
  dialog.addEventListener('close', () => !raising && !dialog.open && raise(), on);
  for (const type of ['fullscreenchange', 'webkitfullscreenchange', 'pointerlockchange']) doc.addEventListener(type, raise, { ...on, capture: true });
  // Our clicks must not reach the page's own click handlers (which may ask for full screen again).
  keepEventsInside(dialog, on);
  // The page can open a popover or stop our events; what is really on top is checked from this world.
  const check = win?.setInterval(() => {
    const hit = doc.elementFromPoint((win.innerWidth || 2) / 2, (win.innerHeight || 2) / 2);
    if ((hit && hit !== host) || doc.fullscreenElement || doc.pointerLockElement) raise();
  }, 500);

  raise();
  return {
    remove() {
      stop.abort();
      observer.disconnect();
      if (check !== undefined) win?.clearInterval(check);
      if (pending) clearTimeout(pending);
      if (dialog.open) dialog.close();
      host.remove();
    },
  };
}
