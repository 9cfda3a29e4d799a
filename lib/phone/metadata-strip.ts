/**
 * libphonenumber-js metadata split in two: without number formats, for parsing
 * everywhere (the content script carries nothing else), and the formats alone,
 * which lib/phone/format.ts puts back for display outside the content script.
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

/** Every plan's formats, by plan key: what `stripFormats` leaves out. */
export interface FormatsV4 {
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
}

/** The formats of `metadata`'s plans (plans without any are left out). */
export function formatsOf(metadata: MetadataV4): FormatsV4 {
  if (metadata.version !== 4) throw new Error(`formatsOf reads metadata format 4, not ${metadata.version}`);
  const pick = (plans: Record<string, Plan>) => Object.fromEntries(Object.entries(plans).flatMap(([key, plan]) => (plan.length > FORMATS && plan[FORMATS] ? [[key, plan[FORMATS]]] : [])));
  return { countries: pick(metadata.countries), ...(metadata.nonGeographic ? { nonGeographic: pick(metadata.nonGeographic) } : {}) };
}

/** `stripped` with `formats` put back: the metadata `stripFormats` was given. */
export function withFormats<M extends MetadataV4>(stripped: M, formats: FormatsV4): M {
  const put = (plans: Record<string, Plan>, own: Record<string, unknown> = {}) =>
    Object.fromEntries(Object.entries(plans).map(([key, plan]) => [key, key in own ? plan.with(FORMATS, own[key]) : plan]));
  return { ...stripped, countries: put(stripped.countries, formats.countries), ...(stripped.nonGeographic ? { nonGeographic: put(stripped.nonGeographic, formats.nonGeographic) } : {}) };
}
