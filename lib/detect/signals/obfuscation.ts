/**
 * A number written to slip past filters: letters standing in for digits
 * (O for 0, l or I for 1), invisible characters, odd separators such as
 * `≈ ~ * _ • · |`, or digits from other scripts. Honest senders want their
 * number to be found.
 */
const LETTER_DIGIT = /\d[\s().-]*[OoIl|][\s().-]*\d|\d[OoIl]|[OoIl]\d/;
const INVISIBLE = /[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\u{e0000}-\u{e007f}]/u;
const ODD_SEPARATOR = /\d\s*[≈~*_•·|,]\s*\d|[≈~*_•·|]/;
const FOREIGN_DIGIT = /[^\d\P{Nd}]|[\u2460-\u24ff\u2776-\u2793]|[\u{1d7ce}-\u{1d7ff}]/u;

export function isObfuscatedNumber(raw: string, flagged?: boolean): boolean {
  if (flagged) return true;
  return LETTER_DIGIT.test(raw) || INVISIBLE.test(raw) || ODD_SEPARATOR.test(raw) || FOREIGN_DIGIT.test(raw);
}
