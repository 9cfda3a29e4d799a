import { t, type MessageKey } from '../i18n';
import type { Vendor } from '../lists/types';
import type { DirectoryVendor } from './directory';
import type { Evidence, NumberEvidence } from './evidence';
import type { Scored } from './score';
import { claimRank, type ClaimKind } from './signals/claim';
import type { Desk } from './signals/desk';
import { quote } from './signals/words';
import { listedReasons } from './verdict';
import { possessive } from './grammar';

export { possessive };
const named = (name: string) => [name, possessive(name)] as const;

const DESK_NAME: Record<Desk, MessageKey> = {
  support: 'reason_desk_support',
  billing: 'reason_desk_billing',
  renewal: 'reason_desk_billing',
  refund: 'reason_desk_refund',
  security: 'reason_desk_security',
};

function notTheirs(n: NumberEvidence, vendor: DirectoryVendor): string {
  return t(vendor.phones.length > 0 ? 'reason_not_theirs' : 'reason_not_known_theirs', n.raw, ...named(vendor.name));
}

/** "asks you to call about a $399.99 charge", or about whatever else the message presses on; `number` fills in "it". */
function askToCall(e: Evidence, number?: string): string {
  if (e.charge) return t('reason_ask_charge', e.charge.text);
  if (e.remote) return t('reason_ask_remote');
  if (e.desk === 'refund') return t('reason_ask_refund');
  if (e.desk === 'security') return t('reason_ask_security');
  if (e.disown) return t('reason_ask_disown');
  return number === undefined ? t('reason_ask_it') : t('reason_ask_number', number);
}

function headline(e: Evidence, claim: ClaimKind | undefined, callback: NumberEvidence): string {
  const claimed = claim && e.vendor && claimRank(claim) >= 2 ? e.vendor : undefined;
  if (!claimed) return t('reason_headline_unclaimed', capitalise(askToCall(e, callback.raw)));
  const who = e.desk ? t(DESK_NAME[e.desk], ...named(claimed.name)) : claimed.name;
  return t('reason_headline_claimed', who, notTheirs(callback, claimed), askToCall(e));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The supporting signals, one sentence each. */
function pressure(e: Evidence, claim: ClaimKind | undefined, callbacks: readonly NumberEvidence[]): string[] {
  const out: string[] = [];
  const name = e.vendor?.name;
  if (name && claim && claimRank(claim) >= 2) {
    if (e.senderKind === 'freemail') out.push(t('reason_sender_freemail', e.sender.domain, name));
    else if (e.senderKind === 'other') out.push(t('reason_sender_other', e.sender.domain, ...named(name)));
    if (e.claim?.disguised) out.push(t('reason_name_disguised', name));
  }
  if (e.disown) out.push(t('reason_disown', quote(e.disown.text)));
  if (e.urgency) out.push(t('reason_urgency', quote(e.urgency.text)));
  if (e.remote) out.push(t('reason_remote', quote(e.remote.text)));
  for (const n of callbacks) if (n.obfuscated) out.push(t('reason_number_disguised', n.raw));
  if (e.template) out.push(t('reason_template', quote(e.template.text)));
  if (e.hiddenInWords >= 2) out.push(t('reason_hidden_chars'));
  return out;
}

/** What the vendor itself says about contact, from its feed ("We never call you unexpectedly"). */
function statements(vendor: Vendor | undefined): string[] {
  return vendor ? vendor.statements.map((s) => t('reason_vendor_says', vendor.name, s)) : [];
}

/** Sentences a person can read, strongest first. */
export function explain(e: Evidence, scored: Scored): string[] {
  const { verdict, callbacks, claim } = scored;
  if (verdict === 'scam') {
    const listed = e.numbers.find((n) => n.listed.length > 0)!;
    return [...listedReasons(listed.listed, listed.raw), ...pressure(e, claim, callbacks), ...statements(listed.listed.find((m) => m.vendor)?.vendor)];
  }
  if (verdict === 'suspicious') {
    const [first, ...others] = callbacks;
    const more = others.length > 0 ? [t('reason_also_asks', others.map((n) => n.raw).join(', '))] : [];
    const vouched = claim && claimRank(claim) >= 2 ? statements(e.vendor) : [];
    return [headline(e, claim, first!), ...more, ...pressure(e, claim, callbacks), ...vouched];
  }
  if (verdict === 'official') {
    return e.numbers.filter((n) => n.owner).map((n) => t('reason_official_in_message', n.raw, ...named(n.owner!.name)));
  }
  if (e.numbers.length === 0) return [t('reason_no_number')];
  const reasons: string[] = [];
  if (callbacks.length > 0 && e.senderKind === 'vendor' && e.vendor) reasons.push(t('reason_sent_from_vendor', e.sender.domain, ...named(e.vendor.name)));
  reasons.push(t('reason_none_listed'));
  return reasons;
}
