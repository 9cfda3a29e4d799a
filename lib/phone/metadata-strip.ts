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

type PlanSet = 'countries' | 'nonGeographic';
const PLAN_SETS: readonly PlanSet[] = ['countries', 'nonGeographic'];

/** Format 4 only: in another format index 4 means something else. */
function checkVersion(metadata: MetadataV4, reader: string): void {
  if (metadata.version !== 4) throw new Error(`${reader} reads metadata format 4, not ${metadata.version}`);
}

/** `f` applied to each plan set the metadata has (countries, and non-geographic entities where present). */
function eachPlanSet<T>(metadata: MetadataV4, f: (plans: Record<string, Plan>, set: PlanSet) => T): Partial<Record<PlanSet, T>> {
  return Object.fromEntries(PLAN_SETS.flatMap((set) => (metadata[set] ? [[set, f(metadata[set], set)]] : [])));
}

/** `metadata` with every plan's formats replaced by 0 (libphonenumber-js's "none"); the rest unchanged. */
export function stripFormats<M extends MetadataV4>(metadata: M): M {
  checkVersion(metadata, 'stripFormats');
  return { ...metadata, ...eachPlanSet(metadata, (plans) => Object.fromEntries(Object.entries(plans).map(([key, plan]) => [key, plan.length > FORMATS ? plan.with(FORMATS, 0) : plan]))) };
}

/** Every plan's formats, by plan key: what `stripFormats` leaves out. */
export interface FormatsV4 {
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
}

/** The formats of `metadata`'s plans (plans without any are left out). */
export function formatsOf(metadata: MetadataV4): FormatsV4 {
  checkVersion(metadata, 'formatsOf');
  const formats = eachPlanSet(metadata, (plans) => Object.fromEntries(Object.entries(plans).flatMap(([key, plan]) => (plan.length > FORMATS && plan[FORMATS] ? [[key, plan[FORMATS]]] : []))));
  return { countries: formats.countries!, ...(formats.nonGeographic ? { nonGeographic: formats.nonGeographic } : {}) };
}

/** `stripped` with `formats` put back: the metadata `stripFormats` was given. */
export function withFormats<M extends MetadataV4>(stripped: M, formats: FormatsV4): M {
  return {
    ...stripped,
    ...eachPlanSet(stripped, (plans, set) => {
      const own = formats[set] ?? {};
      return Object.fromEntries(Object.entries(plans).map(([key, plan]) => [key, key in own ? plan.with(FORMATS, own[key]) : plan]));
    }),
  };
}
