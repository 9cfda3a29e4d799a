// Puts the formats back into the parse metadata: keep this module out of the content script
// (test/unit/content-phone-metadata.test.ts checks), which gets numbers formatted from the background.
import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import { METADATA } from './metadata';
import formats from './metadata.formats.json';
import { withFormats, type MetadataV4 } from './metadata-strip';

/** libphonenumber-js's min metadata, whole again: the parse metadata with its formats. */
const FULL = withFormats(METADATA as unknown as MetadataV4, formats) as unknown as MetadataJson;

/** Numbers remembered by `formatInternational`; the memory starts over when full. */
const REMEMBERED = 4096;
const formatted = new Map<string, string>();

/**
 * Formats an E.164 number for people ("+1 202 555 0143"), falling back to the
 * raw string. Remembers recent answers: formatting takes 10–20 µs, and the same
 * numbers (a vendor's official ones in every verdict that names the vendor, a
 * listed number on every page that shows it) come back again and again.
 */
export function formatInternational(e164: string): string {
  let shown = formatted.get(e164);
  if (shown === undefined) {
    shown = parsePhoneNumberFromString(e164, FULL)?.formatInternational() ?? e164;
    if (formatted.size >= REMEMBERED) formatted.clear();
    formatted.set(e164, shown);
  }
  return shown;
}
