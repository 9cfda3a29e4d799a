/**
 * Character classes for reading phone numbers as people (and scammers) write them:
 * invisibles, separators, letters posing as digits. Works on code points, so tag
 * characters count as one character.
 */

/**
 * Characters that render as nothing: zero-width space/joiners, word joiner and
 * invisible operators, bidi marks, embeddings and isolates, BOM, soft hyphen,
 * variation selectors and the keycap mark (so 1️⃣ reads as 1), tag characters.
 */
export function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xad ||
    cp === 0xfeff ||
    cp === 0x61c ||
    cp === 0x34f ||
    cp === 0x180e ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0x20e3 ||
    (cp >= 0xe0000 && cp <= 0xe007f)
  );
}

/** How a non-digit character can sit inside a written number. */
export const Sep = {
  None: 0,
  /** Space, tab, NBSP and the other Unicode spaces. */
  Space: 1,
  /** Line and paragraph breaks. */
  Break: 2,
  /** Ordinary phone punctuation, kept in its ASCII form: `- . ( ) /`. */
  Punct: 3,
  /** Separators no one puts in a number except to get past filters: `≈ ~ * _ • · |`. */
  Odd: 4,
  Plus: 5,
} as const;
export type Sep = (typeof Sep)[keyof typeof Sep];

/** The separator class of `cp` and, for `Punct`, its ASCII form. */
export function separatorOf(cp: number): Sep {
  switch (cp) {
    case 0x20:
    case 0x09:
    case 0xa0:
    case 0x1680:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return Sep.Space;
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0x85:
    case 0x2028:
    case 0x2029:
      return Sep.Break;
    case 0x2d: // -
    case 0x2e: // .
    case 0x28: // (
    case 0x29: // )
    case 0x2f: // /
    case 0x5b: // [
    case 0x5d: // ]
    case 0x2212: // −
    case 0xfe63: // ﹣
    case 0xff0d: // －
    case 0xff0e: // ．
    case 0xff08: // （
    case 0xff09: // ）
    case 0xff0f: // ／
      return Sep.Punct;
    case 0x2248: // ≈
    case 0x7e: // ~
    case 0xff5e: // ～
    case 0x2a: // *
    case 0x5f: // _
    case 0x2022: // •
    case 0xb7: // ·
    case 0x2027: // ‧
    case 0x2219: // ∙
    case 0x30fb: // ・
    case 0x7c: // |
    case 0xff5c: // ｜
      return Sep.Odd;
    case 0x2b:
    case 0xff0b:
      return Sep.Plus;
  }
  if (cp >= 0x2000 && cp <= 0x200a) return Sep.Space;
  if (cp >= 0x2010 && cp <= 0x2015) return Sep.Punct; // ‐ ‑ ‒ – — ―
  return Sep.None;
}

/** ASCII form of a `Punct` separator. */
export function punctAscii(cp: number): string {
  if (cp >= 0x2010 && cp <= 0x2015) return '-';
  switch (cp) {
    case 0x2212:
    case 0xfe63:
    case 0xff0d:
      return '-';
    case 0xff0e:
      return '.';
    case 0xff08:
    case 0x5b:
      return '(';
    case 0xff09:
    case 0x5d:
      return ')';
    case 0xff0f:
      return '/';
  }
  return String.fromCharCode(cp);
}

/** Letters that pass for digits: O and o for 0, l and I for 1. */
export function confusableValue(cp: number): string | undefined {
  if (cp === 0x4f || cp === 0x6f) return '0';
  if (cp === 0x6c || cp === 0x49) return '1';
  return undefined;
}

/** True for a letter (any script), cheap for ASCII. */
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  return LETTER.test(String.fromCodePoint(cp));
}

const LETTER = /\p{L}/u;

/** Length in UTF-16 units of the code point `cp`. */
export function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}
