import { METADATA } from './metadata';

/**
 * Validity of North American (+1) numbers, the commonest in callback scams, with
 * the expressions compiled once. libphonenumber-js rebuilds them on every call and
 * tries each of the 25 countries in turn, which makes it the bulk of a scan's cost.
 * Same rules as its `isValid()` on the same metadata (a unit test compares the two):
 * the number belongs to the first country, in metadata order, whose leading digits
 * it starts with or which has a number type matching it; it is valid when it
 * matches that country's national pattern and one of its types.
 */

/** Minified numbering plan (metadata format 4): [2] national pattern, [3] lengths, [10] leading digits, [11] types. */
type Plan = [string, string, string, number[], ...unknown[]];
/** A number type: pattern, and lengths when they differ from the plan's. */
type TypeDef = [string, number[]?] | 0 | undefined;

interface Country {
  leading?: RegExp;
  national: RegExp;
  types: { pattern: RegExp; lengths: number[] }[] | undefined;
}

const json = METADATA as unknown as { country_calling_codes: Record<string, string[]>; countries: Record<string, Plan> };
const entirely = (pattern: string) => new RegExp(`^(?:${pattern})$`);

const COUNTRIES: Country[] = (json.country_calling_codes['1'] ?? []).map((code) => {
  const plan = json.countries[code]!;
  const leading = plan[10] as string | 0 | undefined;
  const types = plan[11] as TypeDef[] | 0 | undefined;
  return {
    leading: leading ? new RegExp(`^(?:${leading})`) : undefined,
    national: entirely(plan[2]),
    types:
      types && types.length > 0
        ? types.filter((t): t is [string, number[]?] => Array.isArray(t) && t[0] !== '').map(([p, lengths]) => ({ pattern: entirely(p), lengths: lengths ?? plan[3] }))
        : undefined,
  };
});

/** The number type check: undefined types mean the national pattern decides. */
function hasType(country: Country, nsn: string): boolean {
  if (!country.national.test(nsn)) return false;
  if (!country.types) return true;
  return country.types.some((t) => t.lengths.includes(nsn.length) && t.pattern.test(nsn));
}

/** True when `+1` followed by the ten digits `nsn` is a valid number. */
export function isValidNanp(nsn: string): boolean {
  for (const country of COUNTRIES) {
    if (country.leading) {
      if (country.leading.test(nsn)) return hasType(country, nsn);
    } else if (country.types && hasType(country, nsn)) return true;
  }
  return false;
}
