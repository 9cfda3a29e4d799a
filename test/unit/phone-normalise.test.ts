import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { normalise, sourceRange, tricksIn, type Trick } from '@/lib/phone/normalise';

/** Normalised text and the tricks seen over all of it. */
function read(source: string, from?: number, to?: number) {
  const n = normalise(source, from, to);
  return { text: n.text, tricks: tricksIn(n, 0, n.text.length) };
}

describe('normalise: digits of every script and style', () => {
  test.each<[string, string, string, Trick[]]>([
    ['fullwidth', '＋１ ２０２ ５５５ ０１４３', '+1 202 555 0143', ['native-digits']],
    ['Arabic-Indic', '٠١٢٣٤٥٦٧٨٩', '0123456789', ['native-digits']],
    ['Extended Arabic-Indic (Persian, Urdu)', '۰۱۲۳۴۵۶۷۸۹', '0123456789', ['native-digits']],
    ['Devanagari', '०१२३४५६७८९', '0123456789', ['native-digits']],
    ['Bengali', '০১২৩৪৫৬৭৮৯', '0123456789', ['native-digits']],
    ['Thai', '๐๑๒๓๔๕๖๗๘๙', '0123456789', ['native-digits']],
    ['mathematical bold', '𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗', '0123456789', ['styled-digits']],
    ['mathematical double-struck and monospace, two styles in one', '𝟘𝟙𝟚 𝟶𝟷𝟸', '012 012', ['styled-digits', 'mixed-digits']],
    ['circled and parenthesised', '①②③ ⑴⑵⑶ ⓪⓿', '123 123 00', ['styled-digits']],
    ['dingbat circled', '❶➀➊', '111', ['styled-digits']],
    ['keycap emoji', '1️⃣2️⃣3️⃣', '123', ['invisible', 'styled-digits']],
    ['ASCII and Arabic-Indic mixed', '555٠١٤٣', '5550143', ['native-digits', 'mixed-digits']],
  ])('%s', (_name, source, text, tricks) => {
    expect(read(source)).toEqual({ text, tricks });
  });
});

describe('normalise: letters posing as digits, only inside digit runs', () => {
  test.each<[string, string, boolean]>([
    ['1-8OO-555-O1OO', '1-800-555-0100', true],
    ['555-OlOO', '555-0100', true],
    ['2O2-555-Ol43', '202-555-0143', true],
    ['lO800', '10800', true],
    ['8|8', '818', true],
    // Words keep their letters: the l's and o of Hello, the o of "to", the I and l of "Il y a".
    ['Hello 1-800', 'Hello 1-800', false],
    ['Call1-800', 'Call1-800', false],
    ['go to 555', 'go to 555', false],
    ['lOl 555', 'lOl 555', false],
    ['Olá 555', 'Olá 555', false],
    ['I 800', 'I 800', false],
    ['Order 12', 'Order 12', false],
  ])('%j', (source, text, letterDigits) => {
    const result = read(source);
    expect(result.text).toBe(text);
    expect(result.tricks.includes('letter-digits')).toBe(letterDigits);
  });

  it('reads a spaced | as a separator, a glued one as 1', () => {
    expect(read('202 | 555 | 0143')).toEqual({ text: '202 555 0143', tricks: ['odd-separators'] });
    expect(normalise('202|555|0143', 0, 12, { pipeDigits: false }).text).toBe('202 555 0143');
  });
});

describe('normalise: invisible characters are removed', () => {
  test.each<[string, string]>([
    ['zero-width space, non-joiner, joiner, word joiner', '555\u200b01\u200c4\u200d3\u2060'],
    ['LRM, RLM, ALM', '55\u200e5\u200f0\u061c143'],
    ['embeddings and overrides U+202A–202E', '5\u202a5\u202b5\u202c0\u202d1\u202e43'],
    ['isolates U+2066–2069', '5\u20665\u20675\u20680\u2069143'],
    ['BOM and soft hyphen', '\ufeff555\u00ad0143'],
    ['tag characters U+E0000–E007F', '555\u{E0041}\u{E0001}01\u{E007F}43'],
  ])('%s', (_name, source) => {
    expect(read(source)).toEqual({ text: '5550143', tricks: ['invisible'] });
  });

  it('does not count an invisible character before the number as inside it', () => {
    const n = normalise('\u200b5550143');
    expect(tricksIn(n, 0, n.text.length)).toEqual([]);
  });
});

describe('normalise: separators', () => {
  test.each<[string, string, string, Trick[]]>([
    ['≈ with spaces', '202 ≈ 555 ≈ 0143', '202 555 0143', ['odd-separators']],
    ['~ * _', '202~555*0143_9', '202 555 0143 9', ['odd-separators']],
    ['bullet and middle dot', '202•555·0143', '202 555 0143', ['odd-separators']],
    ['dashes of every width', '202‐555‑0143‒1–2—3−4', '202-555-0143-1-2-3-4', []],
    ['NBSP, thin and narrow spaces', '202\u00a0555\u2009\u202f0143', '202 555 0143', []],
    ['tab and line break', '202\t555\r\n0143', '202 555 0143', ['line-break']],
    ['fullwidth brackets', '（２０２）５５５', '(202)555', ['native-digits']],
    ['URL-encoded plus in a tel: value', 'tel:%2B18005550199', 'tel:+18005550199', []],
  ])('%s', (_name, source, text, tricks) => {
    expect(read(source)).toEqual({ text, tricks });
  });
});

describe('normalise: offset map', () => {
  it('maps every unit back to the characters it came from', () => {
    const source = 'Call ＋1 (𝟐0٢) 5\u200b55-O1O0 now';
    const n = normalise(source);
    expect(n.text).toBe('Call +1 (202) 555-0100 now');
    const digits = n.text.indexOf('202');
    expect(source.slice(n.starts[digits]!, n.ends[digits]!)).toBe('𝟐');
    expect(source.slice(n.starts[digits + 2]!, n.ends[digits + 2]!)).toBe('٢');
    const number = n.text.indexOf('+1');
    const [start, end] = sourceRange(n, number, n.text.indexOf(' now'));
    expect(source.slice(start, end)).toBe('＋1 (𝟐0٢) 5\u200b55-O1O0');
  });

  it('collapses a run of spaces into one unit covering all of them', () => {
    const n = normalise('1 806  \r\n577-3913');
    expect(n.text).toBe('1 806 577-3913');
    expect([n.starts[5], n.ends[5]]).toEqual([5, 9]);
  });

  it('normalises a slice, reading context outside it but never copying it', () => {
    const source = 'Hello 555-O1OO';
    const n = normalise(source, 6);
    expect(n.text).toBe('555-0100');
    expect(n.starts[0]).toBe(6);
    // "llo" is part of the word Hello even when the slice starts inside it.
    expect(normalise(source, 2, 5).text).toBe('llo');
  });

  it('keeps lone surrogates and astral non-digits as they are', () => {
    const n = normalise('\ud800a\udc00😀');
    expect(n.text).toBe('\ud800a\udc00😀');
    expect(n.starts.length).toBe(n.text.length);
  });
});

describe('normalise: a plainly written number', () => {
  const plain = fc.array(fc.stringMatching(/^[0-9()+./-]{1,6}$/), { minLength: 1, maxLength: 5 }).map((groups) => groups.join(' '));

  test('comes back as it was, each unit mapped to itself, with no tricks', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5 }), plain, fc.string({ maxLength: 5 }), (before, number, after) => {
        const n = normalise(before + number + after, before.length, before.length + number.length);
        expect(n.text).toBe(number);
        expect(n.starts).toEqual([...number].map((_, k) => before.length + k));
        expect(n.ends).toEqual([...number].map((_, k) => before.length + k + 1));
        expect(tricksIn(n, 0, n.text.length)).toEqual([]);
      }),
    );
  });

  test('reads as the character-by-character reading does', () => {
    // A zero-width space at the end sends the same number down the general path; it leaves no unit of its own.
    fc.assert(
      fc.property(plain, (number) => {
        expect(normalise(number)).toEqual(normalise(`${number}\u200b`));
      }),
    );
  });
});
