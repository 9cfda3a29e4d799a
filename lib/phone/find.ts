import type { CountryCode } from 'libphonenumber-js/min';
import { isLetter } from './chars';
import { visibleBefore, visibleFrom } from './confusable';
import { normalise, OBFUSCATING, sourceRange, tricksIn, type Trick } from './normalise';
import { introducedAsId, isAmount, looksLikeLongId, otherShape, partOfCode } from './not-a-phone';
import { parseWindow } from './parse-window';
import { digitRuns, MAX_LEAD, mayContainPhoneNumber, type DigitRun } from './runs';
import { findVanityNumbers } from './vanity';

export { mayContainPhoneNumber };

export interface PhoneMatch {
  /** Offset of the first character of the number in the searched text. */
  start: number;
  /** Offset just past the number. */
  end: number;
  /** The number as written. */
  raw: string;
  /** The number in E.164 form, e.g. `+12025550143`. */
  e164: string;
  /** True when reading the number needed a trick meant to get past filters (see `OBFUSCATING`). */
  obfuscated: boolean;
  /** Every way the number departs from plain writing. */
  tricks: Trick[];
}

/** Letters posing as digits need real digits around them to count as a number. */
const MIN_REAL_DIGITS = 4;
/** Characters before a number read for words that suggest a region ("ligue para"). */
const CONTEXT_BEFORE = 60;

/**
 * How far before a number's first digit the finder may read: a leading sign or
 * letter posing as a digit (MAX_LEAD), words that suggest a region
 * (CONTEXT_BEFORE), an id word and the word before it (introducedAsId).
 */
const READS_BEFORE = 100;

/**
 * True when `text` holds all the finder reads before the digits starting at
 * `firstDigit`: READS_BEFORE characters, and white space, where a look back
 * over a token (a code, a link) stops. Text that would come before `text` then
 * cannot change what is found in it.
 */
export function contextInside(text: string, firstDigit: number): boolean {
  return firstDigit >= READS_BEFORE && spaceBeforeLead(text, 0, firstDigit);
}

/**
 * True when white space, where a look back over a token stops, lies in `text`
 * between `from` and the lead of the digits at `firstDigit` (MAX_LEAD before
 * them). Found without copying the text before the digits.
 */
function spaceBeforeLead(text: string, from: number, firstDigit: number): boolean {
  WHITE.lastIndex = from;
  return WHITE.test(text) && WHITE.lastIndex - 1 < firstDigit - MAX_LEAD;
}
const WHITE = /\s/g;

/**
 * A character a number's first digit can be: an ASCII digit, or one past
 * Latin, where other scripts' digits are. Global: a caller that tests with it
 * reads where the character is from `lastIndex`.
 */
export const DIGIT_LIKE = /[0-9\u0660-\uffff]/g;

/**
 * Where a search of `text` can start and still find exactly what a search of
 * all of it finds: READS_BEFORE characters before its first digit, when
 * `contextInside` holds for the text from there; 0 otherwise. What comes
 * before is never read, so a page need not send it to be searched.
 */
export function searchStart(text: string): number {
  const first = text.search(DIGIT_LIKE);
  if (first <= READS_BEFORE) return 0;
  const start = first - READS_BEFORE;
  return spaceBeforeLead(text, start, first) ? start : 0;
}

/**
 * Every valid phone number in `text`, with offsets into `text` itself. Numbers
 * without a country code are read in `region`, or in a region the wording around
 * them suggests. Never throws.
 *
 * Only short windows around digit runs reach the parser, after normalisation;
 * the rest of the text costs one regular-expression scan.
 */
export function findPhoneNumbers(text: string, region: CountryCode): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  for (const run of digitRuns(text)) {
    if (run.realDigits >= MIN_REAL_DIGITS) found.push(...numbersIn(text, run, region));
  }
  const vanity = findVanityNumbers(text).filter((v) => !found.some((m) => m.start < v.end && m.end > v.start));
  if (vanity.length === 0) return found;
  for (const v of vanity) found.push(match(text, v.start, v.end, v.e164, ['vanity']));
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The numbers in each of `texts` (pieces of a page), as the background's
 * `findNumbers` answers: where each starts and ends, as written, and in E.164.
 */
export function findNumbersInTexts(texts: readonly string[], region: CountryCode): Array<Array<Pick<PhoneMatch, 'start' | 'end' | 'raw' | 'e164'>>> {
  return texts.map((text) => findPhoneNumbers(text, region).map(({ start, end, raw, e164 }) => ({ start, end, raw, e164 })));
}

function numbersIn(text: string, run: DigitRun, region: CountryCode): PhoneMatch[] {
  if (isAmount(text, run.start, run.end) || partOfCode(text, run.start, run.end)) return [];
  let n = normalise(text, run.start, run.end);
  // No id is written with a leading plus; a number that has one is never an id.
  const international = /^\(?\+/.test(n.text);
  if ((!international && introducedAsId(text, run.start)) || looksLikeLongId(n.text) || otherShape(n.text)) return [];
  const context = () => text.slice(Math.max(0, run.start - CONTEXT_BEFORE), run.start);
  let parsed = parseWindow(n.text, region, context);
  if (parsed.length === 0 && /[|\uff5c]/.test(text.slice(run.start, run.end))) {
    n = normalise(text, run.start, run.end, { pipeDigits: false });
    parsed = parseWindow(n.text, region, context);
  }
  const found: PhoneMatch[] = [];
  for (const { startsAt, endsAt, e164 } of parsed) {
    const written = n.text.slice(startsAt, endsAt);
    if (otherShape(written)) continue;
    const [start, end] = sourceRange(n, startsAt, endsAt);
    if (start !== run.start && !written.startsWith('+') && introducedAsId(text, start)) continue;
    found.push(match(text, start, end, e164, tricksIn(n, startsAt, endsAt)));
  }
  return found;
}

function match(text: string, start: number, end: number, e164: string, tricks: Trick[]): PhoneMatch {
  const before = visibleBefore(text, start);
  const after = visibleFrom(text, end);
  if ((before >= 0 && isLetter(text.codePointAt(before)!)) || (after < text.length && isLetter(text.codePointAt(after)!))) tricks.push('glued');
  return { start, end, raw: text.slice(start, end), e164, obfuscated: tricks.some((t) => OBFUSCATING.has(t)), tricks };
}
