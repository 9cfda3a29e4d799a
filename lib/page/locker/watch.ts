import { HELLO_EVENT, SIGNALS_EVENT } from './probe';
import { mergeSignals, noSignals, parseProbeReport, type LockerSignals } from './signals';

export interface LockerWatch {
  /** The probe's counts merged with what this world saw itself. */
  current(): LockerSignals;
}

/** Looping, audible media in the page (a muted loop is a background video). */
function loudLoops(doc: Document): number {
  let found = 0;
  for (const tag of ['audio', 'video']) {
    for (const media of doc.getElementsByTagName(tag) as HTMLCollectionOf<HTMLMediaElement>) {
      if (media.loop && !media.paused && !media.muted && media.volume > 0) found++;
    }
  }
  return found;
}

/**
 * Gathers locker signals in the isolated world: the main-world probe's
 * reports, plus what the page cannot hide from this world (its fullscreen and
 * pointer-lock state, history growth, looping media elements), read on events
 * and on a slow poll, since a page can stop events from reaching listeners.
 */
export function watchLocker(win: Window, onChange: () => void, signal: AbortSignal, pollMs = 1000): LockerWatch {
  const doc = win.document;
  const reported = noSignals();
  const seen = noSignals();
  let historyLength = win.history.length;
  let inFullscreen = false;
  let inPointerLock = false;

  /** `media`: also look for looping sound, which costs a walk of the page: on the poll only, not on start-up. */
  function look(media = false): void {
    const fullscreen = Boolean(doc.fullscreenElement ?? (doc as { webkitFullscreenElement?: Element | null }).webkitFullscreenElement);
    const pointerLock = Boolean(doc.pointerLockElement);
    const before = `${seen.fullscreen},${seen.pointerLock},${seen.historyBurst},${seen.loopingAudio}`;
    if (fullscreen && !inFullscreen) seen.fullscreen++;
    if (pointerLock && !inPointerLock) seen.pointerLock++;
    inFullscreen = fullscreen;
    inPointerLock = pointerLock;
    // Growth between two looks a second apart: no one clicks through ten pages of an app in a second.
    seen.historyBurst = Math.max(seen.historyBurst, win.history.length - historyLength);
    historyLength = win.history.length;
    if (media) seen.loopingAudio = Math.max(seen.loopingAudio, loudLoops(doc));
    if (before !== `${seen.fullscreen},${seen.pointerLock},${seen.historyBurst},${seen.loopingAudio}`) onChange();
  }

  const options = { signal, capture: true };
  doc.addEventListener(SIGNALS_EVENT, (event) => mergeSignals(reported, parseProbeReport((event as CustomEvent).detail)) && onChange(), options);
  for (const type of ['fullscreenchange', 'webkitfullscreenchange', 'pointerlockchange']) doc.addEventListener(type, () => look(), options);
  const timer = win.setInterval(() => look(true), pollMs);
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
  doc.dispatchEvent(new CustomEvent(HELLO_EVENT));
  look();

  return {
    current() {
      const signals = noSignals();
      mergeSignals(signals, reported);
      mergeSignals(signals, seen);
      return signals;
    },
  };
}
