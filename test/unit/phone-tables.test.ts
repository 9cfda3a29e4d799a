import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { digitInfo } from '@/lib/phone/digits';
import { mayContainPhoneNumber } from '@/lib/phone/find';
import { isValidNanp } from '@/lib/phone/nanp';

const TABLE_UNICODE = '17.0';

/** Every code point outside the surrogate range. */
function* codePoints(): Generator<number> {
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) yield cp;
}

describe('digit tables', () => {
  it('knows only decimal digits and enclosed digits, and every decimal digit of Unicode 17', () => {
    const nd = /\p{Nd}/u;
    // The table was generated under Unicode 17; a later runtime may know digits it lacks.
    const sameUnicode = process.versions.unicode === TABLE_UNICODE;
    let known = 0;
    for (const cp of codePoints()) {
      const info = digitInfo(cp);
      const isNd = nd.test(String.fromCodePoint(cp));
      if (isNd && sameUnicode) expect(info, `U+${cp.toString(16)}: regenerate ND_ZEROS in lib/phone/digits.ts`).toBeDefined();
      if (info) {
        known++;
        expect(isNd || info.zero === -1, `U+${cp.toString(16)}`).toBe(true);
        if (isNd) expect(Number(info.value)).toBe(cp - info.zero);
      }
    }
    expect(known).toBeGreaterThan(800);
  });

  it('lets the fast scan see every digit digitInfo knows', () => {
    for (const cp of codePoints()) {
      if (!digitInfo(cp)) continue;
      expect(mayContainPhoneNumber(String.fromCodePoint(cp).repeat(7)), `U+${cp.toString(16)}`).toBe(true);
    }
  });
});

describe('isValidNanp', () => {
  it('agrees with libphonenumber-js on North American numbers', () => {
    let seed = 1;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let valid = 0;
    for (let area = 0; area < 1000; area++) {
      for (let k = 0; k < 20; k++) {
        const nsn = String(area).padStart(3, '0') + String(random(10_000_000)).padStart(7, '0');
        const expected = parsePhoneNumberFromString(`+1${nsn}`)?.isValid() ?? false;
        expect(isValidNanp(nsn), nsn).toBe(expected);
        if (expected) valid++;
      }
    }
    // Both outcomes are well represented, so agreement means something.
    expect(valid).toBeGreaterThan(5000);
    expect(valid).toBeLessThan(15000);
  });
});
