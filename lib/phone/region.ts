import type { CountryCode } from 'libphonenumber-js/core';
import { isRegion } from './metadata';

/** Fallback region when the browser's locale names none (e.g. plain `en`). */
export const FALLBACK_REGION: CountryCode = 'US';

/**
 * The default region for numbers written without a country code, taken from a
 * BCP 47 locale such as `en-GB` or `pt-BR`. Unknown or region-less locales give
 * the fallback.
 */
export function regionFromLocale(locale: string | undefined): CountryCode {
  if (!locale) return FALLBACK_REGION;
  for (const part of locale.replace(/_/g, '-').split('-').slice(1)) {
    const upper = part.toUpperCase();
    if (/^[A-Z]{2}$/.test(upper) && isRegion(upper)) return upper;
  }
  return FALLBACK_REGION;
}
