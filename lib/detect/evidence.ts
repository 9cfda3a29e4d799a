import type { ListMatch } from '../lists/types';
import type { DirectoryVendor, VendorDirectory } from './directory';
import { fold, foldedOffset, joinFolded, sourceSlice, type FoldedText } from './fold';
import { callToAction, type Cta } from './signals/cta';
import { findClaims, mainClaim, type Claim } from './signals/claim';
import { mainDesk, type Desk } from './signals/desk';
import { findDisown } from './signals/disown';
import { findCharge, type Charge } from './signals/money';
import { isObfuscatedNumber } from './signals/obfuscation';
import { findRemoteAccess } from './signals/remote';
import { parseSender, senderKind, type Sender, type SenderKind } from './signals/sender';
import { telLinkDigits } from './signals/tel-links';
import { findTemplateToken } from './signals/template';
import { findUrgency } from './signals/urgency';
import type { Found } from './signals/words';

/** A phone number found in the message text, as lib/phone reports it. */
export interface FoundNumber {
  start: number;
  end: number;
  raw: string;
  e164: string;
  /** Set by the extractor when the number was written with look-alike or hidden characters. */
  obfuscated?: boolean;
}

export interface NumberEvidence {
  raw: string;
  e164: string;
  listed: readonly ListMatch[];
  /** The vendor that published this number as official. */
  owner?: DirectoryVendor;
  cta: Cta;
  obfuscated: boolean;
  /** The message also links the number as a click-to-call (`tel:`) link. */
  telLink: boolean;
  /** Characters between the number and the nearest place the body names the claimed vendor (Infinity if never). */
  vendorDistance: number;
}

/** Everything the rules look at, gathered once per message. */
export interface Evidence {
  claim?: Claim;
  vendor?: DirectoryVendor;
  /** Distinct vendors the message speaks for. */
  claimedVendors: number;
  desk?: Desk;
  sender: Sender;
  senderKind: SenderKind;
  numbers: NumberEvidence[];
  charge?: Charge;
  /** Quoted phrases, as written in the message. */
  urgency?: Found;
  remote?: Found;
  disown?: Found;
  template?: Found;
  hiddenInWords: number;
}

export interface EvidenceInput {
  subject: string;
  from: string;
  text: string;
  html?: string;
  numbers: readonly FoundNumber[];
  lookup: (e164: string) => readonly ListMatch[];
  directory: VendorDirectory;
}

const CTA_RANK = { verb: 2, label: 1, none: 0 } as const;

/** One entry per distinct number, keeping the strongest call-to-action any of its occurrences has. */
function numberEvidence(input: EvidenceInput, body: FoldedText, claim: Claim | undefined): NumberEvidence[] {
  const tel = input.html ? telLinkDigits(input.html) : [];
  const byNumber = new Map<string, NumberEvidence>();
  for (const n of input.numbers) {
    const start = foldedOffset(body, n.start);
    const cta = callToAction(body.text, start, foldedOffset(body, n.end));
    const distance = Math.min(Infinity, ...(claim?.at ?? []).map((at) => Math.abs(at - start)));
    const obfuscated = isObfuscatedNumber(n.raw, n.obfuscated);
    const seen = byNumber.get(n.e164);
    if (seen) {
      if (CTA_RANK[cta.strength] > CTA_RANK[seen.cta.strength]) seen.cta = cta;
      seen.obfuscated ||= obfuscated;
      seen.vendorDistance = Math.min(seen.vendorDistance, distance);
      continue;
    }
    const owner = input.directory.byPhone.get(n.e164);
    const digits = n.e164.slice(1);
    byNumber.set(n.e164, {
      raw: n.raw.replace(/\s+/g, ' ').trim(),
      e164: n.e164,
      listed: input.lookup(n.e164),
      ...(owner ? { owner } : {}),
      cta,
      obfuscated,
      // Compared on the last eight digits: tel: links are written with and without country code or trunk prefix.
      telLink: tel.some((t) => t.length >= 7 && t.slice(-8) === digits.slice(-8)),
      vendorDistance: distance,
    });
  }
  return [...byNumber.values()];
}

export function gatherEvidence(input: EvidenceInput): Evidence {
  const subject = fold(input.subject);
  const body = fold(input.text);
  const sender = parseSender(input.from);
  const name = fold(sender.name);
  const claims = findClaims({ subject: subject.text, fromName: name.text, body: body.text, matcher: input.directory.matcher });
  const claim = mainClaim(claims);
  // Phrases are looked for in subject and body together, and quoted as the sender wrote them.
  const all = joinFolded(subject, body);
  const source = `${input.subject}\n${input.text}`;
  const quoted = (found: Found | undefined): Found | undefined => found && { ...found, text: sourceSlice(all, source, found.start, found.end) };
  return {
    claim,
    vendor: claim ? input.directory.vendors[claim.vendor] : undefined,
    claimedVendors: claims.filter((c) => c.kind !== 'mention').length,
    desk: mainDesk(all.text),
    sender,
    senderKind: senderKind(sender, (claim && input.directory.vendors[claim.vendor]?.domains) ?? []),
    numbers: numberEvidence(input, body, claim),
    charge: findCharge(all.text),
    urgency: quoted(findUrgency(all.text)),
    remote: quoted(findRemoteAccess(all.text)),
    disown: quoted(findDisown(all.text)),
    template: quoted(findTemplateToken(all.text)),
    hiddenInWords: all.hiddenInWords + name.hiddenInWords,
  };
}
