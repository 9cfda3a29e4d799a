// Puts the formats back into the parse metadata: keep this module out of the content script
// (test/unit/content-phone-metadata.test.ts checks), which gets numbers formatted from the background.
import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import { METADATA } from './metadata';
import formats from './metadata.formats.json';
import { withFormats, type MetadataV4 } from './metadata-strip';
import { RecentAnswers } from './recent';

/** libphonenumber-js's min metadata, whole again (the parse metadata with its formats), built on first use. */
let full: MetadataJson | undefined;
const fullMetadata = () => (full ??= withFormats(METADATA as unknown as MetadataV4, formats) as unknown as MetadataJson);

/** Formatted numbers, recent ones. */
const formatted = new RecentAnswers<string>(4096);

/**
 * Formats an E.164 number for people ("+1 202 555 0143"), falling back to the
 * raw string. Remembers recent answers: formatting takes 10–20 µs, and the same
 * numbers (a vendor's official ones in every verdict that names the vendor, a
 * listed number on every page that shows it) come back again and again.
 */
export function formatInternational(e164: string): string {
  return formatted.get(e164, () => parsePhoneNumberFromString(e164, fullMetadata())?.formatInternational() ?? e164);
}
