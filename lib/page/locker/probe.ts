/**
 * The part of the browser-locker guard that runs in the page's own JavaScript
 * world, at document_start, before any page script. It counts the calls a
 * locker page makes to hold its visitor (full screen, pointer and keyboard
 * lock, "leave site?" traps, dialog loops, looping sound, history stuffing)
 * and reports the counts, never any page content, to Hangup's isolated
 * content script as DOM events.
 *
 * It imports nothing: it shares its world with the page, so it carries no
 * extension code or data. The page can see and forge its events. A forged
 * count can only make Hangup warn about the page that forged it, and the
 * isolated side keeps the highest count it has seen, so a forged low count
 * cannot hide a real one. What the page can do is stop the events; that is
 * why the isolated side also watches what it can see for itself.
 */
export const SIGNALS_EVENT = 'hangup-locker-signals';
/** Sent by the isolated side when it starts: the probe answers with its counts so far. */
export const HELLO_EVENT = 'hangup-locker-hello';
/** Sent by the isolated side just before it closes the tab: the page's "Leave site?" traps stop working. */
export const DISARM_EVENT = 'hangup-locker-disarm';

export const PROBE_KEYS = ['fullscreen', 'pointerLock', 'keyboardLock', 'beforeunload', 'dialogs', 'dialogRepeats', 'loopingAudio', 'historyBurst'] as const;
export type ProbeKey = (typeof PROBE_KEYS)[number];
export type ProbeCounts = Record<ProbeKey, number>;

/** A dialog opened this soon after the previous one closed is a repeat: locker pages loop them. */
const REPEAT_MS = 1500;
/**
 * History entries pushed this close together form one burst. A single-page app pushes one entry per
 * click; a page stuffing history (so Back goes nowhere) pushes dozens at once.
 */
const BURST_MS = 250;

type Around = (invoke: () => unknown, self: unknown, args: unknown[]) => unknown;

export function installProbe(win: Window & typeof globalThis): void {
  // Taken now, before page scripts run, so a page that replaces them later does not blind the probe.
  const { apply } = Reflect;
  const { defineProperty, getOwnPropertyDescriptor, getPrototypeOf } = Object;
  const { stringify } = JSON;
  const now = Date.now;
  const doc = win.document;
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  const listen = win.EventTarget.prototype.addEventListener;
  const Custom = win.CustomEvent;
  const stopImmediately = win.Event.prototype.stopImmediatePropagation;

  const counts = {} as ProbeCounts;
  for (const key of PROBE_KEYS) counts[key] = 0;
  const report = () => {
    try {
      // A string crosses between worlds; an object detail would not.
      apply(dispatch, doc, [new Custom(SIGNALS_EVENT, { detail: stringify(counts) })]);
    } catch {
      // Never break the page.
    }
  };
  const bump = (key: ProbeKey | undefined) => {
    if (!key) return;
    counts[key] += 1;
    report();
  };

  /** Where `name` is defined on `target`'s prototype chain, with its descriptor. */
  function lookup(target: object | undefined, name: string): [object, PropertyDescriptor] | undefined {
    for (let owner = target; owner; owner = getPrototypeOf(owner) as object | undefined) {
      const descriptor = getOwnPropertyDescriptor(owner, name);
      if (descriptor) return descriptor.configurable ? [owner, descriptor] : undefined;
    }
    return undefined;
  }

  /** Replaces a method (or setter) with a proxy: same name, length and native-looking source. */
  function intercept(target: object | undefined, name: string, around: Around, part: 'value' | 'set' = 'value'): void {
    const found = lookup(target, name);
    const original: unknown = found?.[1][part];
    if (!found || typeof original !== 'function') return;
    const proxy = new Proxy(original, { apply: (fn, self, args: unknown[]) => around(() => apply(fn, self, args), self, args) });
    defineProperty(found[0], name, { ...found[1], [part]: proxy });
  }

  /** Counts a call when `which` names a signal, then makes it unchanged. */
  const count = (which: (self: unknown, args: unknown[]) => ProbeKey | undefined): Around => (invoke, self, args) => {
    try {
      bump(which(self, args));
    } catch {
      // A hostile argument must not stop the real call.
    }
    return invoke();
  };
  const always = (key: ProbeKey) => count(() => key);

  const element = win.Element?.prototype;
  for (const name of ['requestFullscreen', 'webkitRequestFullscreen', 'webkitRequestFullScreen']) intercept(element, name, always('fullscreen'));
  intercept(element, 'requestPointerLock', always('pointerLock'));
  intercept((win as { Keyboard?: { prototype: object } }).Keyboard?.prototype, 'lock', always('keyboardLock'));
  let lastPush = -Infinity;
  let run = 0;
  intercept(win.History?.prototype, 'pushState', (invoke) => {
    run = now() - lastPush < BURST_MS ? run + 1 : 1;
    lastPush = now();
    if (run > counts.historyBurst) {
      counts.historyBurst = run;
      report();
    }
    return invoke();
  });

  const isWindow = (self: unknown) => self === win || self === undefined || self === null;
  intercept(win, 'addEventListener', count((self, [type]) => (isWindow(self) && type === 'beforeunload' ? 'beforeunload' : undefined)));
  const setsHandler = count((_self, [value]) => (typeof value === 'function' ? 'beforeunload' : undefined));
  intercept(win, 'onbeforeunload', setsHandler, 'set');
  intercept(win.HTMLBodyElement?.prototype, 'onbeforeunload', setsHandler, 'set');

  // Sound that plays on and on: the "alarm" of a locker page. Muted loops are background videos.
  const loudLoop = (self: unknown) => {
    const media = self as HTMLMediaElement;
    return media.loop && !media.muted ? 'loopingAudio' : undefined;
  };
  intercept(win.HTMLMediaElement?.prototype, 'play', count(loudLoop));
  intercept(win.AudioBufferSourceNode?.prototype, 'start', count((self) => ((self as AudioBufferSourceNode).loop ? 'loopingAudio' : undefined)));
  intercept(win.OscillatorNode?.prototype, 'start', always('loopingAudio'));

  let lastClosed = -Infinity;
  const dialog: Around = (invoke) => {
    counts.dialogs += 1;
    if (now() - lastClosed < REPEAT_MS) counts.dialogRepeats += 1;
    // Report before the dialog blocks: a loop of dialogs never lets a later task run.
    report();
    try {
      return invoke();
    } finally {
      lastClosed = now();
    }
  };
  for (const name of ['alert', 'confirm', 'prompt']) intercept(win, name, dialog);

  apply(listen, doc, [HELLO_EVENT, report]);

  // Registered before any page script, so it runs first and, once disarmed, keeps the page's
  // beforeunload listeners (and onbeforeunload) from ever running: "Close this tab" closes the tab.
  // A page that forges the disarm event only disarms its own traps.
  let disarmed = false;
  apply(listen, win, ['beforeunload', (event: Event) => disarmed && apply(stopImmediately, event, []), true]);
  apply(listen, doc, [DISARM_EVENT, () => (disarmed = true)]);
}
