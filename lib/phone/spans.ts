/**
 * Where numbers can start and end inside a normalised window. A window is a run
 * of digits and separators and may hold several numbers ("(717) 555-0100 (717)
 * 555-0101"), or one number beside other digits ("TX 78701 512-555-0143").
 */

export interface Span {
  start: number;
  end: number;
}

/** Digits a segment needs before a bracket may end it: a number is rarely shorter. */
const MIN_DIGITS = 7;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const SLASH = 0x2f;
const PLUS = 0x2b;
const OPEN = 0x28;
const CLOSE = 0x29;
const SPACE = 0x20;

/**
 * Splits a window where one number ends and the next begins: at `/`, before a `+`
 * that does not start the segment, and at a bracket (") 0800", "4242 (717)") once
 * the segment so far holds a number's worth of digits.
 */
export function segments(window: string): Span[] {
  const found: Span[] = [];
  let start = 0;
  let digits = 0;
  let lead = true;
  for (let k = 0; k < window.length; k++) {
    const c = window.charCodeAt(k);
    if (isDigit(c)) {
      digits++;
      lead = false;
      continue;
    }
    let end = -1;
    let next = k;
    if (c === SLASH) [end, next] = [k, k + 1];
    else if (c === PLUS && !lead) [end, next] = [k, k];
    else if (digits >= MIN_DIGITS && c === CLOSE && window.charCodeAt(k + 1) === SPACE) [end, next] = [k + 1, k + 1];
    else if (digits >= MIN_DIGITS && c === OPEN && window.charCodeAt(k - 1) === SPACE) [end, next] = [k, k];
    if (end < 0) continue;
    push(found, window, start, end);
    start = next;
    digits = 0;
    lead = true;
  }
  push(found, window, start, window.length);
  return found;
}

/** Adds [start, end) without spaces and stray brackets at its ends; a leading `+` or `(` stays. */
function push(found: Span[], window: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && !isDigit(window.charCodeAt(s)) && window.charCodeAt(s) !== PLUS && window.charCodeAt(s) !== OPEN) s++;
  while (e > s && !isDigit(window.charCodeAt(e - 1))) e--;
  if (e > s) found.push({ start: s, end: e });
}

/**
 * Spans of a segment to try, most likely first: all of it, then without a first
 * digit group set off by a space (a ZIP code or id before the number: "78701
 * 512-555-0143"). Groups joined by a hyphen or dot belong together ("206-5550143-
 * 1234567" is an order id, not a number and a suffix).
 */
export function candidates(window: string, segment: Span): Span[] {
  const spans = [segment];
  const first = FIRST_GROUP.exec(window.slice(segment.start, segment.end));
  if (first) spans.push({ start: segment.start + first[0].length, end: segment.end });
  return spans;
}

/** A first digit group, then a space, then at least two more groups. */
const FIRST_GROUP = /^[+(]*\d+ (?=[+(]*\d+\D+\d)/;
