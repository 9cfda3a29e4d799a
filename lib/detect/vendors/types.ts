/** What kind of business a vendor is; it shapes how reasons are worded. */
export type Sector = 'security' | 'tech' | 'retail' | 'payment' | 'bank' | 'crypto' | 'delivery' | 'telecom' | 'social' | 'other';

/**
 * A vendor as Hangup knows it before any feed: how people write its name and
 * which web domains are really its own. Official phone numbers come only from
 * the vendor's own feed, never from this bundle, so a number is never called
 * official on hearsay.
 */
export interface KnownVendor {
  id: string;
  name: string;
  sector: Sector;
  /** Names matched whatever the case and through look-alike characters. */
  aliases: string[];
  /**
   * Names that are also ordinary words (Chase, Apple, Target): matched only as
   * written or in capitals, and never through look-alikes.
   */
  exact: string[];
  /** Misspellings seen in scam mail, matched like aliases. */
  typos: string[];
  domains: string[];
}

type Spec = Partial<Pick<KnownVendor, 'aliases' | 'exact' | 'typos'>> & { domains: string[] };

export function known(id: string, name: string, sector: Sector, spec: Spec): KnownVendor {
  return { id, name, sector, aliases: spec.aliases ?? [], exact: spec.exact ?? [], typos: spec.typos ?? [], domains: spec.domains };
}
