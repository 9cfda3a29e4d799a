import { t, type MessageKey } from '../i18n';
import type { ListMatch, Vendor } from '../lists/types';
import { formatInternational } from '../phone/format';
import { possessive } from './grammar';

export type Verdict = 'scam' | 'suspicious' | 'official' | 'none';

/** How a vendor can really be reached, shown beside a warning. */
export interface VendorContact {
  name: string;
  /** Display forms ("+1 800 642 7676"), formatted here because the content script cannot format. */
  phones: string[];
  domains: string[];
  statements: string[];
}

export interface NumberVerdict {
  e164: string;
  /**
   * `e164` formatted for display, by the background: the content script shows
   * this, having no formatting metadata. Formatting costs tens of microseconds a
   * number, so a "none" verdict, which no page shows, carries the E.164 itself.
   */
  shown: string;
  verdict: Verdict;
  /** Sentences a person can read, strongest first. */
  reasons: string[];
  /** The vendor the number belongs to (official) or pretends to be (scam). */
  vendor?: VendorContact;
  /** Names of the lists that hold the number. */
  lists: string[];
}

/** One whole sentence per category, so each language can build it its own way. */
const USED_FOR: Record<ListMatch['category'], MessageKey> = {
  'tech-support': 'reason_used_for_tech_support',
  billing: 'reason_used_for_billing',
  refund: 'reason_used_for_refund',
  'account-security': 'reason_used_for_account_security',
  other: 'reason_used_for_other',
};

/**
 * Why a listed number is a scam. With `raw` (the number as a message wrote
 * it) the first sentence names the number.
 */
export function listedReasons(matches: readonly ListMatch[], raw?: string): string[] {
  const first = matches[0];
  const lists = [...new Set(matches.map((match) => match.feedName))].join(', ');
  const reasons = [raw === undefined ? t('reason_listed_by', lists) : t('reason_number_listed_by', raw, lists)];
  if (first?.vendor) {
    reasons.push(t(USED_FOR[first.category], first.vendor.name));
    if (first.vendor.phones.length > 0) reasons.push(t('reason_not_official', first.vendor.name, possessive(first.vendor.name)));
  }
  return reasons;
}

export function contactOf(vendor: Vendor): VendorContact {
  return { name: vendor.name, phones: vendor.phones.map(formatInternational), domains: vendor.domains, statements: vendor.statements };
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
    return { e164, shown: formatInternational(e164), verdict: 'scam', reasons: listedReasons(matches), lists, ...(first.vendor ? { vendor: contactOf(first.vendor) } : {}) };
  }
  const owner = vendors.find((vendor) => vendor.phones.includes(e164));
  if (owner) {
    return {
      e164,
      shown: formatInternational(e164),
      verdict: 'official',
      reasons: [t('reason_official_number', owner.name)],
      lists: [],
      vendor: contactOf(owner),
    };
  }
  return {
    e164,
    shown: e164,
    verdict: 'none',
    reasons: [t('reason_not_listed')],
    lists: [],
  };
}
