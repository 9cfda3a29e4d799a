import type { Vendor } from '../lists/types';
import type { DirectoryVendor } from './directory';
import type { Evidence, NumberEvidence } from './evidence';
import type { Scored } from './score';
import { claimRank, type ClaimKind } from './signals/claim';
import type { Desk } from './signals/desk';
import { quote } from './signals/words';
import { numberVerdict } from './verdict';

/** "Norton's", "Bluegate Computers'". */
export const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`);

const DESK_NAME: Record<Desk, (name: string) => string> = {
  support: (n) => `${n} support`,
  billing: (n) => `${n} billing`,
  renewal: (n) => `${n} billing`,
  refund: (n) => `${possessive(n)} refund desk`,
  security: (n) => `${n} security`,
};

function notTheirs(n: NumberEvidence, vendor: DirectoryVendor): string {
  const theirs = possessive(vendor.name);
  return vendor.phones.length > 0 ? `the number ${n.raw} is not one of ${theirs}` : `the number ${n.raw} is not one Hangup knows as ${theirs}`;
}

/** "asks you to call about a $399.99 charge", or about whatever else the message presses on. */
function askToCall(e: Evidence): string {
  if (e.charge) return `asks you to call about a ${e.charge.text} charge`;
  if (e.remote) return 'asks you to call about a problem with your computer';
  if (e.desk === 'refund') return 'asks you to call for a refund';
  if (e.desk === 'security') return 'asks you to call about your account security';
  if (e.disown) return 'asks you to call if the order was not yours';
  return 'asks you to call it';
}

function headline(e: Evidence, claim: ClaimKind | undefined, callback: NumberEvidence): string {
  const claimed = claim && e.vendor && claimRank(claim) >= 2 ? e.vendor : undefined;
  if (!claimed) return `${capitalise(askToCall(e).replace(/ it$/, ` ${callback.raw}`))}; nobody vouches for this number.`;
  const who = e.desk ? DESK_NAME[e.desk](claimed.name) : claimed.name;
  return `Claims to be ${who}; ${notTheirs(callback, claimed)}; ${askToCall(e)}.`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The supporting signals, one sentence each. */
function pressure(e: Evidence, claim: ClaimKind | undefined, callbacks: readonly NumberEvidence[]): string[] {
  const out: string[] = [];
  const name = e.vendor?.name;
  if (name && claim && claimRank(claim) >= 2) {
    if (e.senderKind === 'freemail') out.push(`Sent from a personal webmail address (${e.sender.domain}), not from ${name}.`);
    else if (e.senderKind === 'other') out.push(`Sent from ${e.sender.domain}, which is not one of ${possessive(name)} domains.`);
    if (e.claim?.disguised) out.push(`Writes the name ${name} with look-alike characters or odd spacing.`);
  }
  if (e.disown) out.push(`Uses the "if this wasn't you, call us" hook ("${quote(e.disown.text)}").`);
  if (e.urgency) out.push(`Pushes you to act fast ("${quote(e.urgency.text)}").`);
  if (e.remote) out.push(`Talks about an infected computer or remote access ("${quote(e.remote.text)}"); real support never starts that way.`);
  for (const n of callbacks) if (n.obfuscated) out.push(`The number ${n.raw} is disguised with look-alike or hidden characters.`);
  if (e.template) out.push(`Contains an unfilled placeholder (${quote(e.template.text)}), a mark of bulk scam mail.`);
  if (e.hiddenInWords >= 2) out.push('Hides invisible characters inside words to slip past filters.');
  return out;
}

/** What the vendor itself says about contact, from its feed ("We never call you unexpectedly"). */
function statements(vendor: Vendor | undefined): string[] {
  return vendor ? vendor.statements.map((s) => `${vendor.name} says: "${s}"`) : [];
}

/** Sentences a person can read, strongest first. */
export function explain(e: Evidence, scored: Scored): string[] {
  const { verdict, callbacks, claim } = scored;
  if (verdict === 'scam') {
    const listed = e.numbers.find((n) => n.listed.length > 0)!;
    const vendors = e.vendor ? [e.vendor] : [];
    const byList = numberVerdict(listed.e164, listed.listed, vendors).reasons.map((r) => r.replace(/^Listed/, `${listed.raw} is listed`));
    return [...byList, ...pressure(e, claim, callbacks), ...statements(listed.listed.find((m) => m.vendor)?.vendor)];
  }
  if (verdict === 'suspicious') {
    const [first, ...others] = callbacks;
    const more = others.length > 0 ? [`Also asks you to call ${others.map((n) => n.raw).join(', ')}.`] : [];
    const vouched = claim && claimRank(claim) >= 2 ? statements(e.vendor) : [];
    return [headline(e, claim, first!), ...more, ...pressure(e, claim, callbacks), ...vouched];
  }
  if (verdict === 'official') {
    return e.numbers.filter((n) => n.owner).map((n) => `${n.raw} is one of ${possessive(n.owner!.name)} official numbers, as published by ${n.owner!.name}.`);
  }
  if (e.numbers.length === 0) return ['No phone number found.'];
  const reasons: string[] = [];
  if (callbacks.length > 0 && e.senderKind === 'vendor' && e.vendor) reasons.push(`Sent from ${e.sender.domain}, one of ${possessive(e.vendor.name)} own domains.`);
  reasons.push('No number in it is on a list you subscribe to. That does not make it safe: scammers change numbers often.');
  return reasons;
}
