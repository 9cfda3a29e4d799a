import type { MessageVerdict } from '../../detect/message';
import type { PageFeature } from '../feature';
import { assessLocker, behaviourPoints, shouldCheckText, type LockerFinding } from './assess';
import { findLure } from './lure';
import { showOverlay, type LockerOverlay } from './overlay';
import { DISARM_EVENT } from './probe';
import { readPage, type PageText } from './page-text';
import { watchLocker, type LockerWatch } from './watch';

export interface LockerActions {
  /** Asks the background to close this tab; false when it could not. */
  closeTab: () => Promise<boolean>;
  /** Removes the warning for the rest of this page's life (a false alarm). */
  leave: () => void;
}

export interface LockerGuardDeps {
  win: Window;
  checkPage: (page: PageText) => Promise<MessageVerdict>;
  closeTab: () => Promise<boolean>;
  /** Renders the warning into the overlay's dialog. */
  mountWarning: (dialog: HTMLDialogElement, finding: LockerFinding, actions: LockerActions) => void;
  signal: AbortSignal;
  /** Quiet time before the signals are weighed, so a burst of calls is judged once. */
  settleMs?: number;
  pollMs?: number;
}

/** Verdicts asked per page at most: a page cannot make Hangup re-read it forever. */
const MAX_CHECKS = 5;

/**
 * The browser-locker guard: watches for a page taking over the screen and,
 * when it does and its text pushes a "support" number, covers it with a
 * warning the page cannot remove, with a button that closes the tab.
 * Runs in the top frame only: the warning has to cover the whole tab, and a
 * frame going full screen shows in the top document too.
 */
export function lockerGuard(deps: LockerGuardDeps): PageFeature {
  const { win } = deps;
  let run: AbortController | undefined;
  let overlay: LockerOverlay | undefined;
  let dismissed = false;
  let checks = 0;
  let last: { page: PageText; verdict: MessageVerdict } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;
  let again = false;
  let watch: LockerWatch | undefined;

  async function verdictFor(page: PageText): Promise<MessageVerdict | undefined> {
    const same = last && last.page.text === page.text && last.page.subject === page.subject;
    if (same || checks >= MAX_CHECKS) return last?.verdict;
    checks++;
    last = { page, verdict: await deps.checkPage(page) };
    return last.verdict;
  }

  async function evaluate(watch: LockerWatch, signal: AbortSignal): Promise<void> {
    const signals = watch.current();
    if (!shouldCheckText(behaviourPoints(signals))) return;
    const page = readPage(win.document);
    const lure = findLure(page.text);
    const verdict = await verdictFor(page);
    if (signal.aborted || overlay || dismissed) return;
    const finding = assessLocker(watch.current(), verdict, lure);
    if (finding) show(finding);
  }

  function schedule(signal: AbortSignal): void {
    if (timer !== undefined || !watch || signal.aborted || overlay || dismissed) return;
    const current = watch;
    timer = setTimeout(() => {
      timer = undefined;
      if (busy) return void (again = true);
      busy = true;
      evaluate(current, signal)
        .catch((error) => console.warn('Hangup: locker check failed', error))
        .finally(() => {
          busy = false;
          if (again) {
            again = false;
            schedule(signal);
          }
        });
    }, deps.settleMs ?? 150);
  }

  function show(finding: LockerFinding): void {
    const actions: LockerActions = {
      closeTab: () => {
        win.document.dispatchEvent(new CustomEvent(DISARM_EVENT));
        return deps.closeTab().catch(() => false);
      },
      leave: () => {
        dismissed = true;
        overlay?.remove();
        overlay = undefined;
      },
    };
    overlay = showOverlay(win.document, (dialog) => deps.mountWarning(dialog, finding, actions));
  }

  return {
    name: 'locker-guard',
    start() {
      if (run || deps.signal.aborted || win !== win.top) return;
      run = new AbortController();
      const signal = AbortSignal.any([run.signal, deps.signal]);
      watch = watchLocker(win, () => schedule(signal), signal, deps.pollMs);
      schedule(signal);
    },
    stop() {
      run?.abort();
      run = undefined;
      watch = undefined;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      overlay?.remove();
      overlay = undefined;
    },
  };
}
