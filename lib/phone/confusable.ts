import { confusableValue, isInvisible, isLetter, separatorOf, Sep, width } from './chars';
import { digitInfo } from './digits';

/**
 * Deciding when a letter stands for a digit. A run of letters made only of O, o, l
 * and I reads as digits when it touches a digit ("1-8OO", "555-O1OO"); a word with
 * any other letter never does, so "Hello 1-800" keeps its l's and o.
 */

/** Longest letter run read as digits; longer all-O/l runs are words or noise. */
const MAX_RUN = 6;

/** Code point before `i`, stepping over a surrogate pair; -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Index of the last visible character before `i` (skipping invisibles), or -1. */
export function visibleBefore(text: string, i: number): number {
  let j = i;
  while (j > 0) {
    const cp = codePointBefore(text, j);
    j -= width(cp);
    if (!isInvisible(cp)) return j;
  }
  return -1;
}

/** Index of the first visible character at or after `i`, or `text.length`. */
export function visibleFrom(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const cp = text.codePointAt(j)!;
    if (!isInvisible(cp)) return j;
    j += width(cp);
  }
  return text.length;
}

function isDigitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && digitInfo(text.codePointAt(i)!) !== undefined;
}

function isLetterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isLetter(text.codePointAt(i)!);
}

/** Start of the letter run containing the letter at `i` (invisibles inside a run are skipped). */
function letterRunStart(text: string, i: number): number {
  let start = i;
  for (let j = visibleBefore(text, start); j >= 0 && isLetterAt(text, j); j = visibleBefore(text, j)) start = j;
  return start;
}

/**
 * If the letter at `i` starts a run of O/o/l/I letters that stands for digits,
 * the end of that run; otherwise -1. A run counts when it is glued to a digit, or
 * sits between a digit and phone punctuation ("555-OlOO").
 */
export function confusableRunEnd(text: string, i: number): number {
  if (letterRunStart(text, i) !== i) return -1;
  let end = i;
  let count = 0;
  for (let j = i; j < text.length; j = visibleFrom(text, end)) {
    const cp = text.codePointAt(j)!;
    if (!isLetter(cp)) break;
    if (confusableValue(cp) === undefined || ++count > MAX_RUN) return -1;
    end = j + 1;
  }
  const before = visibleBefore(text, i);
  const after = visibleFrom(text, end);
  if (isDigitAt(text, before) || isDigitAt(text, after)) return end;
  if (before >= 0 && isPunct(text, before) && isDigitAt(text, visibleBefore(text, before)) && !isLetterAt(text, after)) return end;
  if (after < text.length && isPunct(text, after) && isDigitAt(text, visibleFrom(text, after + 1)) && !isLetterAt(text, before)) return end;
  return -1;
}

function isPunct(text: string, i: number): boolean {
  return separatorOf(text.codePointAt(i)!) === Sep.Punct;
}

/**
 * A `|` glued between non-space characters next to a digit is a 1 ("8|8"); with a
 * space on either side it is a separator ("555 | 0100").
 */
export function pipeIsDigit(text: string, i: number): boolean {
  const before = visibleBefore(text, i);
  const after = visibleFrom(text, i + 1);
  if (before < 0 || after >= text.length) return false;
  const b = separatorOf(text.codePointAt(before)!);
  const a = separatorOf(text.codePointAt(after)!);
  if (b === Sep.Space || b === Sep.Break || a === Sep.Space || a === Sep.Break) return false;
  return isDigitAt(text, before) || isDigitAt(text, after);
}

/** True for `|` and its fullwidth form. */
export function isPipe(cp: number): boolean {
  return cp === 0x7c || cp === 0xff5c;
}
