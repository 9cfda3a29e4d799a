/**
 * libphonenumber-js metadata without number formats, for the content script.
 * Formats (how to group a number's digits for display) are about 60% of the min
 * metadata, and only formatting reads them (format.js, AsYouTypeFormatter.js,
 * findNumbers/Leniency.js); parsing, validation, possible lengths and number
 * types do not. Numbers the content script shows come formatted from the
 * background (lib/phone/format.ts), which has the full metadata.
 */

/** A numbering plan in metadata format 4: [callingCode, idd, pattern, lengths, formats, ...]. */
type Plan = readonly unknown[];

export interface MetadataV4 {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, Plan>;
  nonGeographic?: Record<string, Plan>;
}

/** Where format 4 keeps a plan's formats. */
const FORMATS = 4;

/** `metadata` with every plan's formats replaced by 0 (libphonenumber-js's "none"); the rest unchanged. */
export function stripFormats<M extends MetadataV4>(metadata: M): M {
  if (metadata.version !== 4) throw new Error(`stripFormats reads metadata format 4, not ${metadata.version}`);
  const strip = (plans: Record<string, Plan>) => Object.fromEntries(Object.entries(plans).map(([key, plan]) => [key, plan.length > FORMATS ? plan.with(FORMATS, 0) : plan]));
  return { ...metadata, countries: strip(metadata.countries), ...(metadata.nonGeographic ? { nonGeographic: strip(metadata.nonGeographic) } : {}) };
}
