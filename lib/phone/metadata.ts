import type { CountryCode } from 'libphonenumber-js/min';
// The same metadata object libphonenumber-js/min uses: importing it adds nothing to the bundle.
import metadata from 'libphonenumber-js/metadata.min.json';

type CountryData = [callingCode: string, idd: string, pattern: string, lengths?: number[], formats?: unknown, trunk?: string | 0, ...rest: unknown[]];
const countries = (metadata as unknown as { countries: Record<string, CountryData> }).countries;

const lengthsOf = new Map<string, readonly [number, number]>();

/**
 * Fewest and most digits a national number of `region` has (trunk prefix not
 * counted). Digits without a `+` outside these bounds, allowing for a trunk
 * prefix, cannot be a number of that region, so they are not parsed.
 */
export function numberLengths(region: CountryCode): readonly [number, number] {
  let value = lengthsOf.get(region);
  if (value === undefined) {
    const lengths = countries[region]?.[3];
    value = lengths && lengths.length > 0 ? [Math.min(...lengths), Math.max(...lengths)] : [1, 17];
    lengthsOf.set(region, value);
  }
  return value;
}

/** True for regions that share calling code +1 (the North American Numbering Plan). */
export function isNanp(region: CountryCode): boolean {
  return countries[region]?.[0] === '1';
}

/** The national (trunk) prefix of `region`, such as "0" in Britain, or undefined where there is none. */
export function trunkPrefix(region: CountryCode): string | undefined {
  return countries[region]?.[5] || undefined;
}
