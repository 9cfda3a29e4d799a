import type { Verdict } from './verdict';
import type { Evidence, NumberEvidence } from './evidence';
import { claimRank, type ClaimKind } from './signals/claim';

/**
 * Weights of the signals, in points. A vendor claim and a call-to-action are
 * the core of a callback scam; the rest is how such mail presses the reader.
 * The weights are round numbers on purpose: they encode "how telling is this",
 * not a fit to any sample.
 */
export const WEIGHTS = {
  claim: { sender: 3, body: 3, subject: 2, mention: 1 },
  disguisedName: 1,
  cta: { verb: 2, label: 1, none: 0 },
  telLink: 1,
  charge: 1.5,
  disown: 2,
  urgency: 1,
  remote: 2.5,
  template: 1.5,
  obfuscatedNumber: 2,
  hiddenCharacters: 1.5,
  freemailSender: 2,
  otherSender: 1,
  vendorSender: -4,
} as const;

/**
 * A claim made only in the body must be near the number it pushes: a scam
 * is short and names the vendor around its number, while a digest or an
 * advisory can name a vendor pages away from someone's signature.
 */
export const TIE_DISTANCE = 1000;

/** Points needed with a vendor claim, and without one. */
export const THRESHOLD = { withClaim: 6, withoutClaim: 8 } as const;
/** Raw points that map to a score of 1. */
const FULL = 12;

/** A number the message asks the reader to call that no list and no vendor vouches for. */
export function isCallback(n: NumberEvidence): boolean {
  return (n.cta.strength !== 'none' || n.telLink) && n.listed.length === 0 && !n.owner;
}

export interface Scored {
  verdict: Verdict;
  /** 0..1, for sorting and display; 1 for a listed number. */
  score: number;
  points: number;
  /** Numbers the message asks the reader to call that nobody vouches for. */
  callbacks: NumberEvidence[];
  /** How the message claims to be its vendor, as it bears on those numbers. */
  claim: ClaimKind | undefined;
}

/**
 * The claim as it bears on the numbers. A body claim counts as a mere mention
 * when the message speaks for three or more vendors (news, advisories,
 * comparisons speak about vendors, not for one) or names the vendor far from
 * every number it pushes.
 */
export function effectiveClaim(e: Evidence, callbacks: readonly NumberEvidence[]): ClaimKind | undefined {
  if (!e.claim) return undefined;
  if (e.claim.kind !== 'body') return e.claim.kind;
  if (e.claimedVendors >= 3) return 'mention';
  if (callbacks.length > 0 && callbacks.every((n) => n.vendorDistance > TIE_DISTANCE)) return 'mention';
  return 'body';
}

function claimPoints(e: Evidence, callbacks: readonly NumberEvidence[]): number {
  const kind = effectiveClaim(e, callbacks);
  if (!kind) return 0;
  return WEIGHTS.claim[kind] + (e.claim?.disguised ? WEIGHTS.disguisedName : 0);
}

function points(e: Evidence, callbacks: readonly NumberEvidence[]): number {
  let p = claimPoints(e, callbacks);
  p += Math.max(0, ...callbacks.map((n) => WEIGHTS.cta[n.cta.strength] + (n.telLink ? WEIGHTS.telLink : 0)));
  if (callbacks.some((n) => n.obfuscated)) p += WEIGHTS.obfuscatedNumber;
  if (e.charge) p += WEIGHTS.charge;
  if (e.disown) p += WEIGHTS.disown;
  if (e.urgency) p += WEIGHTS.urgency;
  if (e.remote) p += WEIGHTS.remote;
  if (e.template) p += WEIGHTS.template;
  if (e.hiddenInWords >= 2) p += WEIGHTS.hiddenCharacters;
  const kind = effectiveClaim(e, callbacks);
  if (kind && claimRank(kind) >= 2) {
    if (e.senderKind === 'freemail') p += WEIGHTS.freemailSender;
    else if (e.senderKind === 'other') p += WEIGHTS.otherSender;
    else if (e.senderKind === 'vendor') p += WEIGHTS.vendorSender;
  }
  return p;
}

/**
 * Signs that the message presses the reader or hides something. A vendor name
 * and "call us" alone describe plenty of honest mail sent through a mailing
 * service; a callback lure always adds a charge, a hook, a deadline or a trick.
 */
export function pressureCount(e: Evidence, callbacks: readonly NumberEvidence[]): number {
  return [
    e.charge,
    e.disown,
    e.urgency,
    e.remote,
    e.template,
    e.hiddenInWords >= 2,
    e.claim?.disguised,
    e.senderKind === 'freemail' && e.claim !== undefined,
    callbacks.some((n) => n.obfuscated),
  ].filter(Boolean).length;
}

export function scoreEvidence(e: Evidence): Scored {
  const callbacks = e.numbers.filter(isCallback);
  const claim = effectiveClaim(e, callbacks);
  const p = points(e, callbacks);
  const scored = (verdict: Verdict, score: number): Scored => ({ verdict, score, points: p, callbacks, claim });
  if (e.numbers.some((n) => n.listed.length > 0)) return scored('scam', 1);
  const claimed = claim !== undefined && claimRank(claim) >= 2;
  // Mail really sent from the vendor's own domain is not called suspicious on wording alone.
  const suspicious =
    callbacks.length > 0 && e.senderKind !== 'vendor' && pressureCount(e, callbacks) > 0 && p >= (claimed ? THRESHOLD.withClaim : THRESHOLD.withoutClaim);
  const score = Math.round(Math.min(1, Math.max(0, p) / FULL) * 100) / 100;
  if (suspicious) return scored('suspicious', score);
  if (e.numbers.some((n) => n.owner)) return scored('official', 0);
  return scored('none', score);
}
