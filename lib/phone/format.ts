// The full min metadata, with formats: keep this module out of the content script
// (test/unit/content-phone-metadata.test.ts checks), which gets numbers formatted from the background.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** Formats an E.164 number for people ("+1 202 555 0143"), falling back to the raw string. */
export function formatInternational(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
