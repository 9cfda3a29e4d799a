import type { MessageVerdict } from '../../detect/message';
import { t, type MessageKey } from '../../i18n';
import type { VendorContact } from '../../detect/verdict';
import type { Lure } from './lure';
import type { LockerSignals } from './signals';

export type Behaviour = 'fullscreen' | 'pointerLock' | 'keyboardLock' | 'dialogLoop' | 'historyStuffing' | 'beforeunload' | 'loopingAudio';

interface Rule {
  behaviour: Behaviour;
  /** Weight: taking the screen or input is strong; a "leave site?" prompt or a sound alone is common on honest pages. */
  points: number;
  holds: (signals: LockerSignals) => boolean;
  words: MessageKey;
}

const RULES: Rule[] = [
  { behaviour: 'fullscreen', points: 2, holds: (s) => s.fullscreen >= 1, words: 'locker_behaviour_fullscreen' },
  { behaviour: 'pointerLock', points: 2, holds: (s) => s.pointerLock >= 1, words: 'locker_behaviour_pointer_lock' },
  { behaviour: 'keyboardLock', points: 2, holds: (s) => s.keyboardLock >= 1, words: 'locker_behaviour_keyboard_lock' },
  // Three dialogs in a row, each opened right after the last was closed.
  { behaviour: 'dialogLoop', points: 2, holds: (s) => s.dialogRepeats >= 2, words: 'locker_behaviour_dialog_loop' },
  { behaviour: 'historyStuffing', points: 2, holds: (s) => s.historyBurst >= 10, words: 'locker_behaviour_history' },
  { behaviour: 'beforeunload', points: 1, holds: (s) => s.beforeunload >= 1, words: 'locker_behaviour_beforeunload' },
  { behaviour: 'loopingAudio', points: 1, holds: (s) => s.loopingAudio >= 1, words: 'locker_behaviour_audio' },
];

const SCREEN_TAKERS: Behaviour[] = ['fullscreen', 'pointerLock', 'keyboardLock', 'dialogLoop'];

export function behavioursOf(signals: LockerSignals): Behaviour[] {
  return RULES.filter((rule) => rule.holds(signals)).map((rule) => rule.behaviour);
}

export function behaviourPoints(signals: LockerSignals): number {
  return RULES.reduce((sum, rule) => sum + (rule.holds(signals) ? rule.points : 0), 0);
}

/**
 * Whether the page's text is worth a verdict. A "leave site?" prompt or a sound alone never is:
 * webmail asks before closing a draft, and a scam mail read there gets a banner, not this warning.
 */
export function shouldCheckText(points: number): boolean {
  return points >= 2;
}

export interface LockerFinding {
  /** One sentence: what the page did and whom it wants you to call. */
  headline: string;
  behaviours: Behaviour[];
  /** Why the text is a support scam, from the message verdict. */
  reasons: string[];
  vendor?: VendorContact;
  /** The number the page pushes, as written there. */
  number?: string;
}

/**
 * Behaviour plus text decide: a page that takes over the screen or traps the
 * visitor *and* asks them to call "support" gets the full-page warning.
 * Either alone does not: video players go full screen, editors ask before
 * closing, and a scam number on an ordinary page gets its inline marker.
 */
export function assessLocker(signals: LockerSignals, verdict: MessageVerdict | undefined, lure: Lure): LockerFinding | undefined {
  const points = behaviourPoints(signals);
  const scamText = verdict?.verdict === 'scam' || verdict?.verdict === 'suspicious';
  // A vendor Hangup does not know: the locker wording and more behaviour have to make up for it.
  const show = scamText ? shouldCheckText(points) : lure.strong && lure.call && points >= 3;
  if (!show) return undefined;

  const behaviours = behavioursOf(signals);
  const words = RULES.filter((rule) => behaviours.includes(rule.behaviour)).map((rule) => t(rule.words));
  const pushed = verdict?.numbers.find((n) => n.status === 'scam' || n.status === 'suspicious')?.raw.trim();
  const vendor = scamText ? verdict?.vendor : undefined;
  const whom = vendor ? t('locker_whom_vendor', vendor.name) : pushed ? t('locker_whom_number', pushed) : t('locker_whom_unknown');
  const reasons = scamText ? verdict.reasons.slice(0, 3) : [t('locker_reason_lure')];
  const takesOver = behaviours.some((b) => SCREEN_TAKERS.includes(b));
  // The vendor's own words may already be quoted in the reasons; say them once.
  const contact = vendor && { ...vendor, statements: vendor.statements.filter((said) => !reasons.some((reason) => reason.includes(said))) };
  return {
    headline: t(takesOver ? 'locker_headline_takeover' : 'locker_headline_trap', words.join(', '), whom),
    behaviours,
    reasons,
    ...(contact ? { vendor: contact } : {}),
    ...(pushed ? { number: pushed } : {}),
  };
}
