import type { ListMatch, Vendor } from '../lists/types';

export type Verdict = 'scam' | 'suspicious' | 'official' | 'none';

/** How a vendor can really be reached, shown beside a warning. */
export interface VendorContact {
  name: string;
  phones: string[];
  domains: string[];
  statements: string[];
}

export interface NumberVerdict {
  e164: string;
  verdict: Verdict;
  /** Sentences a person can read, strongest first. */
  reasons: string[];
  /** The vendor the number belongs to (official) or pretends to be (scam). */
  vendor?: VendorContact;
  /** Names of the lists that hold the number. */
  lists: string[];
}

const CATEGORY_WORDS: Record<ListMatch['category'], string> = {
  'tech-support': 'fake technical support',
  billing: 'fake billing or renewal calls',
  refund: 'fake refunds',
  'account-security': 'fake account-security alerts',
  other: 'scams',
};

export function contactOf(vendor: Vendor): VendorContact {
  return { name: vendor.name, phones: vendor.phones, domains: vendor.domains, statements: vendor.statements };
}

/**
 * The verdict on one number from the lists that hold it and the vendors'
 * official contacts. A listed number is a scam whatever else is known; an
 * unlisted number is not thereby safe, so it gets no reassurance.
 */
export function numberVerdict(e164: string, matches: readonly ListMatch[], vendors: readonly Vendor[]): NumberVerdict {
  if (matches.length > 0) {
    const first = matches[0]!;
    const lists = [...new Set(matches.map((match) => match.feedName))];
    const reasons = [`Listed as a scam number by ${lists.join(', ')}.`];
    if (first.vendor) {
      reasons.push(`Used for ${CATEGORY_WORDS[first.category]} pretending to be ${first.vendor.name}.`);
      if (first.vendor.phones.length > 0) reasons.push(`It is not one of ${first.vendor.name}'s official numbers.`);
    }
    return { e164, verdict: 'scam', reasons, lists, ...(first.vendor ? { vendor: contactOf(first.vendor) } : {}) };
  }
  const owner = vendors.find((vendor) => vendor.phones.includes(e164));
  if (owner) {
    return {
      e164,
      verdict: 'official',
      reasons: [`One of ${owner.name}'s official numbers, as published by ${owner.name}.`],
      lists: [],
      vendor: contactOf(owner),
    };
  }
  return {
    e164,
    verdict: 'none',
    reasons: ['Not on any list you subscribe to. That does not make it safe: scammers change numbers often.'],
    lists: [],
  };
}
