import { isSupportedCountry, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
// libphonenumber-js's min metadata without number formats, which parsing never reads (see metadata-strip.ts).
import json from './metadata.parse.json';

/**
 * The metadata every parse in lib/phone passes to libphonenumber-js/core. It
 * cannot format numbers: for display use format.ts, outside the content script.
 */
export const METADATA = json as unknown as MetadataJson;

type CountryData = [callingCode: string, idd: string, pattern: string, lengths?: number[], formats?: unknown, trunk?: string | 0, ...rest: unknown[]];
const countries = (json as unknown as { countries: Record<string, CountryData> }).countries;

/** True for a region code libphonenumber-js knows ("GB"; not "UK" or "gb"). */
export function isRegion(code: string): code is CountryCode {
  return isSupportedCountry(code as CountryCode, METADATA);
}

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
