import { parsePhoneNumberFromString, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json';
import full from 'libphonenumber-js/metadata.min.json';
import { describe, expect, test } from 'vitest';
import { METADATA } from '@/lib/phone/metadata';
import committedFormats from '@/lib/phone/metadata.formats.json';
import committed from '@/lib/phone/metadata.parse.json';
import { formatsOf, stripFormats, withFormats, type MetadataV4 } from '@/lib/phone/metadata-strip';
import { parseTypedNumber } from '@/lib/phone/parse';

const FULL = full as unknown as MetadataJson & MetadataV4;
const STRIPPED = METADATA as unknown as MetadataV4;

describe('the parse metadata (lib/phone/metadata.parse.json)', () => {
  test('is the installed min metadata without formats', () => {
    // An upgrade of libphonenumber-js changes the min metadata; the committed copy has to follow.
    const current = JSON.stringify(committed) === JSON.stringify(stripFormats(FULL));
    expect(current, 'lib/phone/metadata.parse.json is out of date with libphonenumber-js: run `npm run build:phone-metadata`').toBe(true);
  });

  test('has no formats, and everything else as the min metadata has it', () => {
    const plans = (m: MetadataV4) => [...Object.entries(m.countries), ...Object.entries(m.nonGeographic ?? {})];
    const fullPlans = new Map(plans(FULL));
    expect(plans(STRIPPED).map(([key]) => key)).toEqual([...fullPlans.keys()]);
    for (const [key, plan] of plans(STRIPPED)) {
      const original = fullPlans.get(key)!;
      expect(plan.length, key).toBe(original.length);
      if (plan.length > 4) expect(plan[4], key).toBe(0);
      expect(plan.filter((_, i) => i !== 4), key).toEqual(original.filter((_, i) => i !== 4));
    }
    expect(STRIPPED.country_calling_codes).toEqual(FULL.country_calling_codes);
    expect(STRIPPED.version).toBe(FULL.version);
  });

  test('cannot format: which is why numbers the content script shows come formatted', () => {
    expect(parsePhoneNumberFromString('+442079460000', FULL)?.formatInternational()).toBe('+44 20 7946 0000');
    expect(parsePhoneNumberFromString('+442079460000', METADATA)?.formatInternational()).toBe('+44 2079460000');
  });
});

describe('the formats (lib/phone/metadata.formats.json)', () => {
  test('are the installed min metadata\'s formats', () => {
    const current = JSON.stringify(committedFormats) === JSON.stringify(formatsOf(FULL));
    expect(current, 'lib/phone/metadata.formats.json is out of date with libphonenumber-js: run `npm run build:phone-metadata`').toBe(true);
  });

  test('put back into the parse metadata, give the min metadata whole', () => {
    expect(withFormats(STRIPPED, committedFormats)).toEqual(FULL);
  });
});

describe('formatsOf and withFormats', () => {
  test('take a plan\'s formats out and put them back, leaving plans without formats alone', () => {
    const input: MetadataV4 = { version: 4, country_calling_codes: { '9': ['XA', 'XB', 'XC'] }, countries: { XA: ['9', '00', '\\d{5}', [5], [['(\\d)', '$1']], '0'], XB: ['9', '00', '\\d{5}'], XC: ['9', '00', '\\d{6}', [6], 0] } };
    const formats = formatsOf(input);
    expect(formats).toEqual({ countries: { XA: [['(\\d)', '$1']] } });
    expect(withFormats(stripFormats(input), formats)).toEqual(input);
  });
});

describe('stripFormats', () => {
  test('leaves its input alone and keeps plans shorter than the formats slot', () => {
    const input: MetadataV4 = { version: 4, country_calling_codes: { '9': ['XA', 'XB'] }, countries: { XA: ['9', '00', '\\d{5}', [5], [['(\\d)', '$1']], '0'], XB: ['9', '00', '\\d{5}'] } };
    const copy = structuredClone(input);
    expect(stripFormats(input)).toEqual({ version: 4, country_calling_codes: { '9': ['XA', 'XB'] }, countries: { XA: ['9', '00', '\\d{5}', [5], 0, '0'], XB: ['9', '00', '\\d{5}'] } });
    expect(input).toEqual(copy);
  });

  test('refuses another metadata format, where index 4 means something else', () => {
    expect(() => stripFormats({ version: 3, country_calling_codes: {}, countries: {} })).toThrow(/format 4/);
  });
});

/** What parsing tells about a number, with `metadata`. */
function reading(text: string, region: CountryCode | undefined, metadata: MetadataJson) {
  const number = region ? parsePhoneNumberFromString(text, region, metadata) : parsePhoneNumberFromString(text, metadata);
  if (!number) return undefined;
  return {
    e164: number.number,
    national: number.nationalNumber,
    valid: number.isValid(),
    possible: number.isPossible(),
    country: number.country,
    type: number.getType(),
  };
}

describe('parsing without formats reads numbers as the min metadata does', () => {
  test.each<[string, CountryCode | undefined]>([
    // North America: national with and without the trunk 1, other NANP regions, invalid exchanges.
    ['(202) 555-0143', 'US'],
    ['1-800-642-7676', 'US'],
    ['+1 800 642 7676', undefined],
    ['613-555-0199', 'CA'],
    ['+1 613 555 0199', undefined],
    ['+1 242 359 1234', undefined],
    ['+1 876 927 1234', undefined],
    ['+1 787 555 1234', undefined],
    ['202-155-0143', 'US'],
    ['555-0143', 'US'],
    ['+1 202 555 014', undefined],
    // Britain: trunk 0, "(0)" after the country code, mobile, freephone, too short.
    ['020 7946 0000', 'GB'],
    ['+44 20 7946 0000', undefined],
    ['+44 (0)20 7946 0000', undefined],
    ['07700 900123', 'GB'],
    ['+44 7700 900123', 'US'],
    ['0800 123 4567', 'GB'],
    ['+44 20 7946', undefined],
    // Germany: variable lengths.
    ['030 901820', 'DE'],
    ['+49 30 901820', undefined],
    ['+49 (0)30 901820', undefined],
    ['0151 23456789', 'DE'],
    ['+49 89 1234567', undefined],
    ['0049 30 901820', 'DE'],
    // France.
    ['01 42 68 53 00', 'FR'],
    ['+33 1 42 68 53 00', undefined],
    ['06 12 34 56 78', 'FR'],
    ['+33 0 1 42 68 53 00', undefined],
    // India.
    ['+91 98765 43210', undefined],
    ['098765 43210', 'IN'],
    ['022 2345 6789', 'IN'],
    ['+91 1800 123 4567', undefined],
    // Australia.
    ['(02) 9876 5432', 'AU'],
    ['+61 2 9876 5432', undefined],
    ['0412 345 678', 'AU'],
    ['1300 123 456', 'AU'],
    ['0011 61 2 9876 5432', 'AU'],
    // Non-geographic numbers.
    ['+800 1234 5678', undefined],
    ['+808 1234 5678', undefined],
    ['+870 773 111 632', undefined],
    ['+881 6 12345678', undefined],
    ['+882 3456 7890', undefined],
    ['+883 5100 1234 5678', undefined],
    ['+888 123 456 7890', undefined],
    ['+979 1 2345 6789', undefined],
    // Regions that share a calling code, trunk prefixes and carrier codes.
    ['8 (495) 123-45-67', 'RU'],
    ['+7 701 123 4567', undefined],
    ['+7 495 123 4567', undefined],
    ['(11) 91234-5678', 'BR'],
    ['0 21 11 91234-5678', 'BR'],
    ['+55 11 91234 5678', undefined],
    ['+54 9 11 1234 5678', undefined],
    ['011 15-1234-5678', 'AR'],
    ['+52 55 1234 5678', undefined],
    ['03-1234-5678', 'JP'],
    ['+81 3 1234 5678', undefined],
    ['+39 06 1234 5678', undefined],
    ['06 1234 5678', 'IT'],
    ['+34 912 34 56 78', undefined],
    ['+86 10 1234 5678', undefined],
    ['010 1234 5678', 'CN'],
    ['011 123 4567', 'ZA'],
    ['+234 802 123 4567', undefined],
    ['+971 50 123 4567', undefined],
    ['+353 1 234 5678', undefined],
    ['+64 21 123 4567', undefined],
    ['+65 6123 4567', undefined],
    ['+852 2123 4567', undefined],
    // Not numbers, or not valid ones.
    ['12345', 'US'],
    ['+999 1234 5678', undefined],
    ['+0 123 4567', undefined],
    ['call me', 'US'],
    ['+44 20 7946 0000 ext. 12', undefined],
  ])('%s (%s)', (text, region) => {
    expect(reading(text, region, METADATA)).toEqual(reading(text, region, FULL));
  });

  test("every region's example mobile number, national and international", () => {
    const regions = Object.keys(examples) as CountryCode[];
    expect(regions.length).toBeGreaterThan(200);
    for (const region of regions) {
      const national = examples[region];
      for (const [text, from] of [[national, region], [`0${national}`, region], [national, 'US']] as const) {
        expect(reading(text, from, METADATA), `${text} in ${from}`).toEqual(reading(text, from, FULL));
      }
      const e164 = reading(national, region, FULL)?.e164;
      if (e164) expect(reading(e164, undefined, METADATA), e164).toEqual(reading(e164, undefined, FULL));
    }
  });

  test('parseTypedNumber, which runs on the stripped metadata, gives E.164 only', () => {
    expect(parseTypedNumber('+44 (0)20 7946 0000', 'US')).toEqual({ ok: true, e164: '+442079460000' });
    expect(parseTypedNumber('0800 123 4567', 'GB')).toEqual({ ok: true, e164: '+448001234567' });
    expect(parseTypedNumber('+44 20 7946', 'US')).toEqual({ ok: false, reason: 'invalid' });
  });
});
