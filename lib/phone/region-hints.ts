import type { CountryCode } from 'libphonenumber-js/min';

/**
 * Regions a number written without a country code may belong to, besides the
 * reader's own. A Brazilian lure ("ligue para 0800-…") reaches readers everywhere;
 * so do North American numbers, which are most callback scams.
 */

export interface RegionHint {
  region: CountryCode;
  /**
   * Only a number written with the region's trunk prefix ("0…") counts. English is
   * everyone's second language, so "call" is weak evidence: "123-456-7890" is not
   * a British number just because it would be valid as one.
   */
  needsTrunk: boolean;
}

/** Call-to-action words in a language, and the regions they suggest, most likely first. */
const LANGUAGE_CUES: ReadonlyArray<readonly [string, readonly CountryCode[]]> = [
  ['ligue ligar liga telefone fone atendimento central suporte', ['BR', 'PT']],
  ['rufen anrufen telefon telefonnummer hotline kundendienst kundenservice', ['DE', 'AT', 'CH']],
  ['appelez appeler appel téléphone composez contactez', ['FR', 'BE', 'CH', 'CA']],
  ['llame llamar llámenos llamenos teléfono telefono marque comuníquese comuniquese', ['ES', 'MX', 'AR', 'CO']],
];
/** English words; Australia and the rest are left out, their national numbers too often read as valid elsewhere. */
const ENGLISH_CUES = 'call phone telephone tel mobile mob cell dial helpline toll-free tollfree contact whatsapp';
const ENGLISH_REGIONS: readonly CountryCode[] = ['US', 'GB', 'IN'];

const REGIONS_OF = new Map<string, readonly CountryCode[]>();
for (const [words, regions] of LANGUAGE_CUES) for (const word of words.split(' ')) REGIONS_OF.set(word, regions);
for (const word of ENGLISH_CUES.split(' ')) REGIONS_OF.set(word, ENGLISH_REGIONS);

/** Any cue word, as a whole word: one expression for all, as it runs for many numbers. */
const CUE = new RegExp(`(?<!\\p{L})(?:${[...REGIONS_OF.keys()].join('|')})(?!\\p{L})`, 'giu');

/** Written like a North American number: 1-800-555-0199, 1 (202) 555-0143, (202) 555-0143, 202-555-0143. */
const NANP_SHAPE = /^(?:1[ .-]?\(?[2-9]\d\d\)?|\([2-9]\d\d\)|[2-9]\d\d)[ .-]?[2-9]\d\d[ .-]?\d{4}$/;

function cuedRegions(context: string): { regions: CountryCode[]; english: boolean } {
  const regions: CountryCode[] = [];
  let english = false;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(context); m; m = CUE.exec(context)) {
    const found = REGIONS_OF.get(m[0].toLowerCase())!;
    if (found === ENGLISH_REGIONS) english = true;
    else regions.push(...found);
  }
  return { regions, english };
}

/**
 * Regions the wording before a number (`context`) names in a language other than
 * English, when the reader's `region` is not among them. A number valid both there
 * and in the reader's region is read there: "ligue para 0800-…" is Brazilian even
 * for a reader in Germany, where 0800 numbers exist too.
 */
export function preferredRegions(context: string, region: CountryCode): CountryCode[] {
  const { regions } = cuedRegions(context);
  return regions.includes(region) ? [] : [...new Set(regions)];
}

/** Regions to try, in order, when a number is not valid in the reader's `region`. */
export function otherRegions(number: string, context: string, region: CountryCode): RegionHint[] {
  const hints: RegionHint[] = [];
  if (NANP_SHAPE.test(number.trim())) hints.push({ region: 'US', needsTrunk: false });
  const { regions, english } = cuedRegions(context);
  for (const r of regions) hints.push({ region: r, needsTrunk: false });
  if (english) for (const r of ENGLISH_REGIONS) hints.push({ region: r, needsTrunk: true });
  const seen = new Set<CountryCode>([region]);
  return hints.filter((h) => !seen.has(h.region) && seen.add(h.region));
}
