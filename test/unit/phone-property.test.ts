import fc from 'fast-check';
import type { CountryCode } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, mayContainPhoneNumber } from '@/lib/phone/find';
import { normalise } from '@/lib/phone/normalise';

/** Any UTF-16 code units, lone surrogates included. */
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 }).map((units) => String.fromCharCode(...units));

/** Pieces that exercise the finder: digits of every kind, separators, invisibles, confusable letters, words. */
const piece = fc.oneof(
  fc.constantFrom('0', '1', '2', '5', '8', '9', '٣', '۴', '५', '５', '𝟕', '③', '⑵', '❶', '🄃', '1️⃣'),
  fc.constantFrom(' ', '-', '.', '(', ')', '/', '+', '＋', '%2B', '\t', '\n', '\r\n', '\u00a0', '–', '≈', '~', '*', '_', '•', '·', '|'),
  fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\u200e', '\u202e', '\u2066', '\ufeff', '\u00ad', '\u{E0041}', '\ud800', '\udc00'),
  fc.constantFrom('O', 'o', 'l', 'I', 'Call', 'tel:', 'Order #', 'ID', '$', 'USD', 'https://x.io/', 'ligue para', 'FIX', 'MYPC', 'é', '😀'),
  fc.constantFrom('202-555-0143', '1-800-555-0199', '+44 20 7946 0958', '0800-555-0142', '1-800-FIX-MYPC'),
);
const phoneish = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), codeUnits, phoneish);
const region = fc.constantFrom<CountryCode>('US', 'GB', 'DE', 'FR', 'ES', 'BR', 'IN', 'AU', 'JP');

describe('findPhoneNumbers on arbitrary text', () => {
  it('never throws, and every match points into the text it was given', () => {
    fc.assert(
      fc.property(anyText, region, (text, r) => {
        const matches = findPhoneNumbers(text, r);
        let previousEnd = 0;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.raw).toBe(text.slice(m.start, m.end));
          expect(m.e164).toMatch(/^\+[1-9]\d{1,14}$/);
          previousEnd = m.end;
        }
        if (matches.length > 0) expect(mayContainPhoneNumber(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('sees through invisible characters put anywhere inside a number', () => {
    const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\u200e', '\u200f', '\ufeff', '\u00ad', '\u{E0020}');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 13 }), invisible), { minLength: 1, maxLength: 5 }), (insertions) => {
        let number = '1-202-555-0143';
        for (const [at, char] of insertions.sort((a, b) => b[0] - a[0])) number = number.slice(0, at) + char + number.slice(at);
        const text = `Please call ${number} today.`;
        const [match] = findPhoneNumbers(text, 'US');
        expect(match?.e164).toBe('+12025550143');
        expect(match?.obfuscated).toBe(true);
        expect(text.slice(match!.start, match!.end).replace(/[^\d-]/gu, '')).toBe('1-202-555-0143');
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalise on arbitrary text', () => {
  it('maps every unit inside the slice, in order', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = Math.max(from, Math.max(a, b) % (text.length + 1));
        const n = normalise(text, from, to);
        expect(n.starts.length).toBe(n.text.length);
        expect(n.ends.length).toBe(n.text.length);
        for (let k = 0; k < n.text.length; k++) {
          expect(n.starts[k]).toBeGreaterThanOrEqual(from);
          expect(n.ends[k]).toBeLessThanOrEqual(to);
          expect(n.ends[k]).toBeGreaterThan(n.starts[k]!);
          if (k > 0) expect(n.starts[k]).toBeGreaterThanOrEqual(n.starts[k - 1]!);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
