/**
 * Digits in every script and style, as code points: what each stands for, and the
 * classes the fast scan uses to find them.
 */

/**
 * The zero of every run of ten Unicode decimal digits (general category Nd), from
 * `/\p{Nd}/u` over all code points (Unicode 17.0, as in Node 20.20). Every such run is ten contiguous
 * code points in order, so a digit's value is its distance from the zero. Includes
 * fullwidth (U+FF10), Arabic-Indic (U+0660), Extended Arabic-Indic (U+06F0),
 * Devanagari (U+0966) and the five mathematical alphabets (U+1D7CE…U+1D7F6).
 */
const ND_ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0,
  0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0,
  0x10d30, 0x10d40, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x116d0, 0x116da, 0x11730, 0x118e0, 0x11950,
  0x11bf0, 0x11c50, 0x11d50, 0x11da0, 0x11de0, 0x11f50, 0x16130, 0x16a60, 0x16ac0, 0x16b50, 0x16d70, 0x1ccf0, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
  0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e5f1, 0x1e950, 0x1fbf0,
];

/**
 * Mathematical (U+1D7CE–1D7FF) and segmented (U+1FBF0–1FBF9) digits never appear
 * in ordinary text: they are styling, i.e. disguise.
 */
const isStyled = (cp: number) => (cp >= 0x1d7ce && cp <= 0x1d7ff) || (cp >= 0x1fbf0 && cp <= 0x1fbf9);

/**
 * Enclosed single digits: circled, parenthesised, with full stop or comma, dingbat
 * and double-circled forms. [first, last, value of first]. Two-digit forms (⑩…⑳)
 * are left out: they are not written inside phone numbers.
 */
const ENCLOSED: ReadonlyArray<readonly [number, number, number]> = [
  [0x2460, 0x2468, 1], // ①…⑨
  [0x2474, 0x247c, 1], // ⑴…⑼
  [0x2488, 0x2490, 1], // ⒈…⒐
  [0x24ea, 0x24ea, 0], // ⓪
  [0x24f5, 0x24fd, 1], // ⓵…⓽
  [0x24ff, 0x24ff, 0], // ⓿
  [0x2776, 0x277e, 1], // ❶…❾
  [0x2780, 0x2788, 1], // ➀…➈
  [0x278a, 0x2792, 1], // ➊…➒
  [0x1f100, 0x1f100, 0], // 🄀 (digit zero full stop)
  [0x1f101, 0x1f10a, 0], // 🄁…🄊 (digit comma)
  [0x1f10b, 0x1f10c, 0], // 🄋 🄌
];

export interface DigitInfo {
  /** The ASCII digit the character stands for. */
  value: string;
  /** Zero of its script (0x30 for ASCII); enclosed numbers report -1. */
  zero: number;
  /** Styled forms (mathematical, circled…) that only a disguise would use. */
  styled: boolean;
}

const ASCII_INFO: DigitInfo[] = Array.from({ length: 10 }, (_, d) => ({ value: String(d), zero: 0x30, styled: false }));

/** The digit a code point stands for, or undefined. */
export function digitInfo(cp: number): DigitInfo | undefined {
  if (cp >= 0x30 && cp <= 0x39) return ASCII_INFO[cp - 0x30];
  if (cp < 0x660) return undefined;
  if (cp >= 0x2460 && cp <= 0x2792) return enclosed(cp);
  if (cp >= 0x1f100 && cp <= 0x1f10c) return enclosed(cp);
  let lo = 0;
  let hi = ND_ZEROS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ND_ZEROS[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  const zero = ND_ZEROS[lo]!;
  const value = cp - zero;
  if (value < 0 || value > 9) return undefined;
  return { value: String(value), zero, styled: isStyled(cp) };
}

function enclosed(cp: number): DigitInfo | undefined {
  for (const [first, last, start] of ENCLOSED) {
    if (cp >= first && cp <= last) return { value: String(start + cp - first), zero: -1, styled: true };
  }
  return undefined;
}

/**
 * Digit blocks covered by the fast scan's own class (see runs.ts): ASCII,
 * Arabic-Indic, Persian, Devanagari, fullwidth, and the styled forms
 * (mathematical, segmented, enclosed).
 */
const SCAN_ZEROS = new Set([0x30, 0x660, 0x6f0, 0x966, 0xff10, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1fbf0]);

/**
 * Regular-expression class body (no brackets, no `u` flag needed) of every other
 * decimal digit: BMP ranges plus the high surrogates of astral ones. Built from
 * the table so it agrees with `digitInfo`.
 */
export const RARE_DIGITS = (() => {
  const parts: string[] = [];
  const highs = new Set<number>();
  const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
  for (const zero of ND_ZEROS) {
    if (SCAN_ZEROS.has(zero)) continue;
    if (zero <= 0xffff) parts.push(`${hex(zero)}-${hex(zero + 9)}`);
    else for (let cp = zero; cp <= zero + 9; cp++) highs.add(0xd800 + ((cp - 0x10000) >> 10));
  }
  return `${parts.join('')}${[...highs].map(hex).join('')}`;
})();
