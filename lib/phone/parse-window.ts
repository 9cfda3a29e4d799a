import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/core';
import { isNanp, METADATA, numberLengths, trunkPrefix } from './metadata';
import { isValidNanp } from './nanp';
import { RecentAnswers } from './recent';
import { otherRegions, preferredRegions, type RegionHint } from './region-hints';
import { candidates, segments } from './spans';

/** A number found in a normalised window: offsets into the window. */
export interface Parsed {
  startsAt: number;
  endsAt: number;
  e164: string;
}

/**
 * Recent windows and what they held. Parsing is most of the cost of a scan, and
 * the same numbers come back again and again: a page rescanned after a change, a
 * signature in every message of a thread. Results depend only on the key.
 */
const cache = new RecentAnswers<readonly Parsed[]>(4096);

/** Forgets every cached window (benchmarks measure cold scans with it). */
export function clearParseCache(): void {
  cache.clear();
}

/**
 * Numbers in a normalised window, read in `region`, or in the regions the text
 * before it suggests (`context`, read only when needed; see region-hints).
 */
export function parseWindow(window: string, region: CountryCode, context: () => string): readonly Parsed[] {
  // Only a national number with a trunk prefix can be valid in two regions at once.
  const preferred = nationalWithTrunk(window) ? preferredRegions(context(), region) : [];
  const first: RegionHint[] = [...preferred.map((r) => ({ region: r, needsTrunk: false })), { region, needsTrunk: false }];
  const direct = cache.get(keyOf(first, window), () => inRegions(window, first));
  if (direct.length > 0) return direct;
  const others = otherRegions(window, context(), region).filter((h) => !preferred.includes(h.region));
  if (others.length === 0) return direct;
  return cache.get(keyOf(others, window), () => inRegions(window, others));
}

const keyOf = (hints: RegionHint[], window: string) => `${hints.map((h) => h.region + (h.needsTrunk ? '!' : '')).join(',')}\u0000${window}`;

/** The numbers of the first region in which the window holds any. */
function inRegions(window: string, hints: RegionHint[]): Parsed[] {
  for (const hint of hints) {
    const found = parseDirect(window, hint);
    if (found.length > 0) return found;
  }
  return [];
}

/** No plus, and the first digit is a 0. */
function nationalWithTrunk(window: string): boolean {
  if (window.includes('+')) return false;
  for (let k = 0; k < window.length; k++) {
    const c = window.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return c === 0x30;
  }
  return false;
}

/** E.164 allows 15 digits; libphonenumber-js accepts a few longer national plans' numbers. */
const isE164 = (number: string | undefined): number is string => number !== undefined && number.length <= 16;

/** The numbers in the window, one at most per segment. */
function parseDirect(window: string, hint: RegionHint): Parsed[] {
  const found: Parsed[] = [];
  for (const segment of segments(window)) {
    for (const span of candidates(window, segment)) {
      const number = parseSpan(window.slice(span.start, span.end), hint);
      if (isE164(number)) {
        found.push({ startsAt: span.start, endsAt: span.end, e164: number });
        break;
      }
    }
  }
  return found;
}

/** Room on top of a region's longest number for a trunk prefix and carrier code ("0 21 11…" in Brazil). */
const TRUNK_PREFIX = 3;

/** E.164 form of `text` read as one whole number in the hinted region, or undefined. */
function parseSpan(text: string, { region, needsTrunk }: RegionHint): string | undefined {
  const written = withPlus(text);
  let digits = '';
  for (let k = 0; k < written.length; k++) {
    const c = written.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) digits += written[k];
  }
  const plus = written.includes('+');
  const nanpShape = NANP_SHAPE.test(written);
  if (nanpShape && (plus ? digits.length === 11 && digits[0] === '1' : isNanp(region) || (digits.length === 11 && digits[0] === '1'))) {
    return valid(`+1${digits.slice(-10)}`);
  }
  if (plus) {
    // In E.164 form already; a "(0)" trunk digit needs the full parser.
    return INTERNATIONAL_SHAPE.test(written) && !written.includes('(0)') ? (digits.length <= 15 ? valid(`+${digits}`) : undefined) : parseWhole(written, digits, region);
  }
  const [shortest, longest] = numberLengths(region);
  if (digits.length < shortest || digits.length > longest + TRUNK_PREFIX) return undefined;
  const trunk = trunkPrefix(region);
  if (needsTrunk && trunk && !isNanp(region) && !digits.startsWith(trunk)) return undefined;
  // A national North American number has ten digits, or eleven after the trunk prefix 1, in any grouping.
  if (isNanp(region)) return digits.length === 10 || (digits.length === 11 && digits[0] === '1') ? valid(`+1${digits.slice(-10)}`) : undefined;
  return parseWhole(written, digits, region);
}

/**
 * 00 and 011 are the international prefixes of most regions and of North America;
 * "0044 20…" becomes "+ 44 20…", the same length so offsets stay valid.
 */
function withPlus(text: string): string {
  const open = text.startsWith('(') ? 1 : 0;
  if (!text.startsWith('00', open) && !text.startsWith('011', open)) return text;
  const idd = IDD.exec(text);
  return idd ? idd[1]! + '+' + ' '.repeat(idd[2]!.length - 1) + text.slice(idd[0].length) : text;
}

const IDD = /^(\(?)(00|011)(?= ?[1-9])/;

/** Written like a North American number: 1-800-555-0199, (202) 555-0143, 202.555.0143. */
const NANP_SHAPE = /^\(?(?:\+ ?)?(?:1[ .-]?)?\(?[2-9]\d\d\)?[ .-]?[2-9]\d\d[ .-]?\d{4}$/;
/** A single international number: one leading plus, no "(0)" trunk digit inside. */
const INTERNATIONAL_SHAPE = /^\(?\+[\d ().-]+$/;

/**
 * `e164` if it is a valid number. North American numbers are checked with
 * precompiled expressions (see nanp.ts); others through libphonenumber-js, where the
 * E.164 form is about twice as cheap to check as national text.
 */
function valid(e164: string): string | undefined {
  if (e164.length === 12 && e164.startsWith('+1')) return isValidNanp(e164.slice(2)) ? e164 : undefined;
  let number: PhoneNumber | undefined;
  try {
    number = parsePhoneNumberFromString(e164, METADATA);
  } catch {
    return undefined;
  }
  return number?.isValid() ? number.number : undefined;
}

/** `text` read as one number in `region`, if the number is valid and uses all of its digits. */
function parseWhole(text: string, digits: string, region: CountryCode): string | undefined {
  let number: PhoneNumber | undefined;
  try {
    number = parsePhoneNumberFromString(text, region, METADATA);
  } catch {
    return undefined;
  }
  // What may precede the national number: a country code, a trunk prefix, or both ("+44 (0)20…").
  if (!number?.isValid() || !digits.endsWith(number.nationalNumber) || digits.length - number.nationalNumber.length > 4) return undefined;
  return number.number;
}
