import type { Vendor } from '../lists/types';
import { BUNDLED_VENDORS, type KnownVendor, type Sector } from './vendors';
import { buildMatcher, type VendorMatcher } from './matcher';

/**
 * A vendor as detection sees it: the bundled knowledge of its names and
 * domains merged with whatever its feed publishes (official numbers, report
 * address, statements). It is a `Vendor`, so `contactOf` works on it.
 */
export interface DirectoryVendor extends Vendor {
  sector: Sector;
  /** Names matched only as written or in capitals. */
  exact: string[];
  typos: string[];
  /** True when at least one subscribed feed describes this vendor. */
  fromFeed: boolean;
}

export interface VendorDirectory {
  vendors: readonly DirectoryVendor[];
  matcher: VendorMatcher;
  /** Official number (E.164) → the vendor that published it. */
  byPhone: ReadonlyMap<string, DirectoryVendor>;
}

const key = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

function fromKnown(v: KnownVendor): DirectoryVendor {
  return { ...v, aliases: [...v.aliases], exact: [...v.exact], typos: [...v.typos], domains: [...v.domains], phones: [], statements: [], fromFeed: false };
}

/**
 * A single-word feed alias may be an ordinary word ("Helix", "Kestrel"), so it
 * is matched only as written; longer names are distinctive enough to match
 * loosely.
 */
function splitFeedNames(names: readonly string[]): { aliases: string[]; exact: string[] } {
  const aliases: string[] = [];
  const exact: string[] = [];
  for (const name of names) (/\s/.test(name.trim()) ? aliases : exact).push(name.trim());
  return { aliases, exact };
}

function findSame(vendors: readonly DirectoryVendor[], feed: Vendor): DirectoryVendor | undefined {
  const names = new Set([feed.name, ...feed.aliases].map(key));
  return vendors.find(
    (v) =>
      v.id === feed.id ||
      [v.name, ...v.aliases, ...v.exact].some((n) => names.has(key(n))) ||
      // A shared domain means the same company only when the domain is not a shared platform.
      (feed.domains.length > 0 && feed.domains.every((d) => v.domains.includes(d))),
  );
}

/** The bundled vendors plus every vendor the subscribed feeds describe, merged by name. */
export function buildDirectory(feedVendors: readonly Vendor[] = [], bundled: readonly KnownVendor[] = BUNDLED_VENDORS): VendorDirectory {
  const vendors = bundled.map(fromKnown);
  for (const feed of feedVendors) {
    const names = splitFeedNames([feed.name, ...feed.aliases]);
    const same = findSame(vendors, feed);
    if (same) {
      same.aliases = union(same.aliases, names.aliases);
      same.exact = union(same.exact, names.exact.filter((n) => !same.aliases.some((a) => key(a) === key(n))));
      same.domains = union(same.domains, feed.domains);
      same.phones = union(same.phones, feed.phones);
      same.statements = union(same.statements, feed.statements);
      same.reportUrl ??= feed.reportUrl;
      same.reportEmail ??= feed.reportEmail;
      same.fromFeed = true;
    } else {
      vendors.push({ ...feed, ...names, typos: [], sector: 'other', fromFeed: true, phones: [...feed.phones], domains: [...feed.domains], statements: [...feed.statements] });
    }
  }
  const byPhone = new Map<string, DirectoryVendor>();
  for (const v of vendors) for (const phone of v.phones) if (!byPhone.has(phone)) byPhone.set(phone, v);
  return { vendors, matcher: buildMatcher(vendors), byPhone };
}
