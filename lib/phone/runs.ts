import { confusableValue, isInvisible, isLetter, separatorOf, Sep, width } from './chars';
import { digitInfo, RARE_DIGITS } from './digits';
import { codePointBefore, confusableRunEnd, isPipe, pipeIsDigit } from './confusable';
import { VANITY_HINT } from './vanity';

/** A stretch of source text that may hold phone numbers: digits and what can sit between them. */
export interface DigitRun {
  /** Includes a leading `+`, `(` or `%2B`. */
  start: number;
  /** Just past the last digit. */
  end: number;
  /** Digits after normalisation (letters read as digits included). */
  digits: number;
  /** Characters that are digits in their own right. */
  realDigits: number;
}

/**
 * Characters that may sit between two digits of a number: spaces, breaks, punctuation,
 * odd separators, invisibles (tag characters as surrogate pairs), and the low half of
 * an astral digit.
 */
const GAP =
  '[\\s\\u0085\\u00a0\\u1680\\u2000-\\u2015\\u2028-\\u202f\\u205f-\\u2064\\u2066-\\u2069\\u3000\\u00ad\\ufeff\\u061c\\u034f\\u180e' +
  '\\ufe00-\\ufe0f\\u20e3\\-.()/\\[\\]\\u2212\\ufe63\\uff0d\\uff0e\\uff08\\uff09\\uff0f\\u2248~\\uff5e*_\\u2022\\u00b7\\u2027\\u2219\\u30fb+\\uff0b' +
  '\\udb40\\udc00-\\udfff]';
/** Letters that may stand for digits (and `|` for 1). */
const CONFUSABLE = 'OolI|\\uff5c';

/**
 * Digits in the fast scan, as a few wide ranges: ASCII, Arabic-Indic, Persian,
 * Devanagari, fullwidth, enclosed (U+2460–2793, wider than the digits in it), and
 * the high surrogates of mathematical, enclosed-comma and segmented digits.
 * Wide ranges keep the class cheap; `extend` checks every character exactly.
 */
const SCAN_DIGITS = '0-9\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f\\uff10-\\uff19\\u2460-\\u2793\\ud835\\ud83c-\\ud83e';

/**
 * Seven or more digit-like characters, the first a real digit, with short gaps: a
 * loose superset of the runs `extend` accepts, so the exact (slower) rules only run
 * where a number is possible. Most digits in text (years, prices, times) stop here.
 * Plain classes only: alternatives in the repeated group make it several times slower.
 */
const candidate = (digits: string) => new RegExp(`[${digits}](?:${GAP}{0,18}[${digits}${CONFUSABLE}]){6,}`, 'g');
const CANDIDATE = candidate(SCAN_DIGITS);
/** Used instead when the text has digits of a rarer script (Bengali, Thai, Tamil…). */
const CANDIDATE_ALL = candidate(SCAN_DIGITS + RARE_DIGITS);
/** The same two, for a yes-or-no test: without the global flag a test neither reads nor moves `lastIndex`, so one object serves every call. */
const HAS_CANDIDATE = new RegExp(CANDIDATE.source);
const HAS_CANDIDATE_ALL = new RegExp(CANDIDATE_ALL.source);

/**
 * Coarse test for the rarer digits first, on the blocks they live in: an exact class
 * with every range costs more per character than the whole candidate scan.
 */
const RARE_BLOCKS = /[\u07c0-\u0def\u0e50-\u1c59\ua620-\uabf9\ud801\ud803-\ud807\ud818\ud81a\ud81b\ud833\ud838-\ud83a]/g;
const RARE = new RegExp(`[${RARE_DIGITS}]`, 'g');

function hasRareDigits(text: string): boolean {
  RARE_BLOCKS.lastIndex = 0;
  const block = RARE_BLOCKS.exec(text);
  if (!block) return false;
  RARE.lastIndex = block.index;
  return RARE.test(text);
}

/**
 * A character that cannot sit between two digits of one number: not a digit,
 * a separator, an invisible or a letter posing as a digit. The candidate scan
 * allows only those between digits, so a gap holding any other character (a
 * word, a currency sign) splits digits into separate runs.
 */
const NOT_IN_RUN = new RegExp(`[^${GAP.slice(1, -1)}${SCAN_DIGITS}${CONFUSABLE}]`);

/** True when `text.slice(from, to)` holds a character no digit run can span (see NOT_IN_RUN). */
export function breaksRun(text: string, from: number, to: number): boolean {
  return from < to && NOT_IN_RUN.test(text.slice(from, to));
}

/** Digits a run needs before it is worth parsing. */
export const MIN_RUN_DIGITS = 7;
/**
 * Non-digits allowed between two digits. Whitespace runs count once, so "806  \r\n577"
 * (a wrapped line) stays one run, while a paragraph break or prose ends it.
 */
const MAX_GAP = 4;
/** Raw characters allowed between two digits, invisibles included (as in CANDIDATE). */
const MAX_GAP_CHARS = 16;
/** How far back a `+`, `(` or disguised leading digit is looked for. */
export const MAX_LEAD = 8;

/**
 * Cheap pre-scan: can `text` hold a phone number at all? True when it has a run of
 * seven digit-like characters (letters posing as digits count) or the start of a
 * toll-free vanity number. Text without either never reaches the parser.
 */
export function mayContainPhoneNumber(text: string): boolean {
  return (hasRareDigits(text) ? HAS_CANDIDATE_ALL : HAS_CANDIDATE).test(text) || VANITY_HINT.test(text);
}

/** A fresh scanning expression for `text` (global expressions keep state between uses). */
function candidateFor(text: string): RegExp {
  return new RegExp(hasRareDigits(text) ? CANDIDATE_ALL : CANDIDATE);
}

/** Every run of at least MIN_RUN_DIGITS digits in `text`, in order, not overlapping. */
export function* digitRuns(text: string): Generator<DigitRun> {
  const search = candidateFor(text);
  let floor = 0;
  for (let m = search.exec(text); m; m = search.exec(text)) {
    const regionEnd = m.index + m[0].length;
    let pos = m.index;
    while (pos < regionEnd) {
      const first = nextDigit(text, pos, regionEnd);
      if (first < 0) break;
      const run = extend(text, first, floor);
      pos = floor = Math.max(run.end, first + 1);
      if (run.digits >= MIN_RUN_DIGITS) yield run;
    }
    search.lastIndex = Math.max(regionEnd, floor);
  }
}

function nextDigit(text: string, from: number, to: number): number {
  for (let i = from; i < to; ) {
    const cp = text.codePointAt(i)!;
    if (digitInfo(cp)) return i;
    i += width(cp);
  }
  return -1;
}

function extend(text: string, first: number, floor: number): DigitRun {
  let i = first;
  let end = first;
  let digits = 0;
  let realDigits = 0;
  let gap = 0;
  let gapChars = 0;
  let breaks = 0;
  let lastWasSpace = false;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    // Most characters in a run are ASCII digits: settle them without the general lookups.
    if (cp >= 0x30 && cp <= 0x39) {
      digits++;
      realDigits++;
      end = ++i;
      gap = gapChars = breaks = 0;
      lastWasSpace = false;
      continue;
    }
    const w = width(cp);
    const digit = digitInfo(cp);
    if (digit || (isPipe(cp) && pipeIsDigit(text, i))) {
      digits += digit ? digit.value.length : 1;
      if (digit) realDigits++;
      i += w;
      end = i;
      gap = gapChars = breaks = 0;
      lastWasSpace = false;
      continue;
    }
    if (confusableValue(cp) !== undefined) {
      const runEnd = confusableRunEnd(text, i);
      if (runEnd < 0) break;
      for (let j = i; j < runEnd; j++) if (confusableValue(text.charCodeAt(j))) digits++;
      i = end = runEnd;
      gap = gapChars = breaks = 0;
      lastWasSpace = false;
      continue;
    }
    if (++gapChars > MAX_GAP_CHARS) break;
    if (isInvisible(cp)) {
      i += w;
      continue;
    }
    const sep = separatorOf(cp);
    if (sep === Sep.None) break;
    if (sep === Sep.Break) {
      if (++breaks > 1) break;
      if (cp === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    }
    const isSpace = sep === Sep.Space || sep === Sep.Break;
    if (!(isSpace && lastWasSpace) && ++gap > MAX_GAP) break;
    lastWasSpace = isSpace;
    i += w;
  }
  return { start: lead(text, first, floor), end, digits, realDigits };
}

/**
 * Moves the start of a run back over a leading `+` or `(`, spaces and odd
 * separators before the first digit ("(+ 1 ≈ 888"), a URL-encoded plus, and
 * letters posing as leading digits ("O800").
 */
function lead(text: string, first: number, floor: number): number {
  let start = first;
  let j = first;
  while (j > floor && first - j < MAX_LEAD) {
    const cp = codePointBefore(text, j);
    const w = width(cp);
    if (isInvisible(cp)) {
      j -= w;
      continue;
    }
    const sep = separatorOf(cp);
    if (sep === Sep.Plus || cp === 0x28 || cp === 0xff08 || cp === 0x5b) {
      start = j -= w;
      continue;
    }
    if (sep === Sep.Space || sep === Sep.Odd) {
      j -= w;
      continue;
    }
    if (j >= 3 && text.charCodeAt(j - 3) === 0x25 && text.charCodeAt(j - 2) === 0x32 && (cp | 0x20) === 0x62) {
      return j - 3; // tel:%2B… (the 2 of %2B was a run of its own, too short to matter)
    }
    if (confusableValue(cp) !== undefined && j === start) {
      let a = j - 1;
      while (a > floor && confusableValue(text.charCodeAt(a - 1)) !== undefined) a--;
      if (a > floor && isLetter(codePointBefore(text, a))) break;
      if (confusableRunEnd(text, a) === j) {
        start = j = a;
        continue;
      }
    }
    break;
  }
  return start;
}
