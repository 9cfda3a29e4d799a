import { findNumbers, type CountryCode } from 'libphonenumber-js/min';

export interface PhoneMatch {
  /** Offset of the first character of the number in the searched text. */
  start: number;
  /** Offset just past the number. */
  end: number;
  /** The number as written. */
  raw: string;
  /** The number in E.164 form, e.g. `+12025550143`. */
  e164: string;
}

/** Seven or more digits, allowing common separators between them. */
const DIGIT_RUN = /\d(?:[\s().\-/]*\d){6}/;

/**
 * Cheap pre-scan: text with no run of seven digits cannot hold a phone number,
 * so the (much slower) parser is never called on it.
 */
export function mayContainPhoneNumber(text: string): boolean {
  return DIGIT_RUN.test(text);
}

/** Every valid phone number in `text`, with offsets into `text`. Never throws. */
export function findPhoneNumbers(text: string, region: CountryCode): PhoneMatch[] {
  if (!mayContainPhoneNumber(text)) return [];
  const found: PhoneMatch[] = [];
  try {
    for (const match of findNumbers(text, { defaultCountry: region, v2: true })) {
      found.push({
        start: match.startsAt,
        end: match.endsAt,
        raw: text.slice(match.startsAt, match.endsAt),
        e164: match.number.number,
      });
    }
  } catch {
    // libphonenumber-js can throw on pathological input; a page must never break the scan.
    return found;
  }
  return found;
}
