import type { ListMatch, Vendor } from '../lists/types';
import { buildDirectory, type VendorDirectory } from './directory';
import { gatherEvidence, type Evidence, type FoundNumber } from './evidence';
import { explain } from './reasons';
import { isCallback, scoreEvidence, type Scored } from './score';
import { claimRank } from './signals/claim';
import { contactOf, type Verdict, type VendorContact } from './verdict';

export type { FoundNumber } from './evidence';

export interface MessageInput {
  subject: string;
  /** The From header as written: `Name <user@host>` or a bare address. */
  from: string;
  /** The body as plain text. */
  text: string;
  /** The HTML body, when there is one; only its `tel:` links are read. */
  html?: string;
  /** Numbers found in `text` (lib/phone `findPhoneNumbers`), offsets into `text`. */
  numbers: readonly FoundNumber[];
  /** Lists holding each number, by E.164; a number absent here is on no list. */
  listMatches: ReadonlyMap<string, readonly ListMatch[]>;
  /** Known vendors; the bundled directory when omitted. */
  directory?: VendorDirectory;
}

export interface NumberStatus {
  raw: string;
  e164: string;
  status: Verdict;
}

export interface MessageVerdict {
  verdict: Verdict;
  /** 0..1; 1 for a number on a list. */
  score: number;
  /** The vendor the message claims to be (or the owner of an official number). */
  vendor?: VendorContact;
  numbers: NumberStatus[];
  /** Sentences a person can read, strongest first. */
  reasons: string[];
}

/** The vendor a listed number impersonates, the owner of an official number, or the vendor the message claims to be. */
function verdictVendor(e: Evidence, scored: Scored): Vendor | undefined {
  if (scored.verdict === 'scam') return e.numbers.flatMap((n) => n.listed).find((m) => m.vendor)?.vendor ?? claimedVendor(e, scored);
  if (scored.verdict === 'official') return e.numbers.find((n) => n.owner)?.owner;
  return claimedVendor(e, scored);
}

const claimedVendor = (e: Evidence, scored: Scored) => (scored.claim && claimRank(scored.claim) >= 2 ? e.vendor : undefined);

let bundled: VendorDirectory | undefined;
const defaultDirectory = () => (bundled ??= buildDirectory());

/** The verdict on a whole message: who it claims to be, which numbers it pushes, and why that matters. */
export function messageVerdict(input: MessageInput): MessageVerdict {
  const directory = input.directory ?? defaultDirectory();
  const evidence = gatherEvidence({ ...input, directory, lookup: (e164) => input.listMatches.get(e164) ?? [] });
  const scored = scoreEvidence(evidence);
  const numbers = evidence.numbers.map((n): NumberStatus => {
    const status: Verdict = n.listed.length > 0 ? 'scam' : n.owner ? 'official' : scored.verdict === 'suspicious' && isCallback(n) ? 'suspicious' : 'none';
    return { raw: n.raw, e164: n.e164, status };
  });
  const vendor = verdictVendor(evidence, scored);
  return {
    verdict: scored.verdict,
    score: scored.score,
    ...(vendor ? { vendor: contactOf(vendor) } : {}),
    numbers,
    reasons: explain(evidence, scored),
  };
}
