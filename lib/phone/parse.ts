import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import { METADATA } from './metadata';

export type ParsedInput = { ok: true; e164: string } | { ok: false; reason: 'empty' | 'not-a-number' | 'invalid' };

const MAX_INPUT = 64;

/**
 * Parses a number typed by a person ("(202) 555-0143", "+44 20 7946 0000",
 * "tel:+1-800-555-0199") into E.164. Text that is not a phone number gets a
 * reason the UI can explain. For display, format the E.164 with format.ts.
 */
export function parseTypedNumber(input: string, region: CountryCode): ParsedInput {
  const text = input.trim().replace(/^tel:/i, '');
  if (!text) return { ok: false, reason: 'empty' };
  if (text.length > MAX_INPUT || !/\d/.test(text)) return { ok: false, reason: 'not-a-number' };
  const parsed = parsePhoneNumberFromString(text, region, METADATA);
  if (!parsed) return { ok: false, reason: 'not-a-number' };
  if (!parsed.isValid()) return { ok: false, reason: 'invalid' };
  return { ok: true, e164: parsed.number };
}

/** True for a well-formed E.164 string: `+`, a non-zero digit, at most 15 digits in all. */
export function isE164(value: string): boolean {
  return /^\+[1-9]\d{1,14}$/.test(value);
}
