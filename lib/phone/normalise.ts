import { confusableValue, isInvisible, punctAscii, separatorOf, Sep, width } from './chars';
import { digitInfo } from './digits';
import { confusableRunEnd, isPipe, pipeIsDigit } from './confusable';

/** Ways a number was written that the parser alone would not read. */
export type Trick =
  /** Zero-width, bidi, BOM, soft-hyphen or tag characters inside the number. */
  | 'invisible'
  /** Mathematical, segmented, circled, parenthesised or keycap (1️⃣) digits. */
  | 'styled-digits'
  /** Digits of another script (Arabic-Indic, Devanagari, fullwidth…). */
  | 'native-digits'
  /** Digits of more than one script in one number. */
  | 'mixed-digits'
  /** O/o for 0, l/I/| for 1. */
  | 'letter-digits'
  /** `≈ ~ * _ • · |` between digit groups. */
  | 'odd-separators'
  /** The number wraps onto the next line. */
  | 'line-break'
  /** No space between the number and a word ("4987Automated", "Call1-800"). */
  | 'glued'
  /** Letters read through the phone keypad (1-800-FIX-MYPC). */
  | 'vanity';

/** Tricks nobody needs to write a number legibly: their presence is a warning sign in itself. */
export const OBFUSCATING: ReadonlySet<Trick> = new Set<Trick>(['invisible', 'styled-digits', 'mixed-digits', 'letter-digits', 'odd-separators']);

/** Bit per trick, in the order of TRICK_NAMES; only the ones normalisation can see. */
const BIT = { invisible: 1, styled: 2, native: 4, mixed: 8, letters: 16, odd: 32, lineBreak: 64 } as const;
const TRICK_NAMES: ReadonlyArray<readonly [number, Trick]> = [
  [BIT.invisible, 'invisible'],
  [BIT.styled, 'styled-digits'],
  [BIT.native, 'native-digits'],
  [BIT.mixed, 'mixed-digits'],
  [BIT.letters, 'letter-digits'],
  [BIT.odd, 'odd-separators'],
  [BIT.lineBreak, 'line-break'],
];

/**
 * Text rewritten so a phone parser can read it, with a map back to the source:
 * code unit `k` of `text` came from `source.slice(starts[k], ends[k])`.
 */
export interface Normalised {
  text: string;
  starts: readonly number[];
  ends: readonly number[];
  /**
   * Trick bits per code unit. Invisible characters leave no unit of their own, so
   * their bit sits on the next unit; see `tricksIn`.
   */
  flags: readonly number[];
}

export interface NormaliseOptions {
  /**
   * Read a `|` glued between digits as 1 (the default). "202|555|0143" could be
   * either; the finder tries the other reading when the first finds nothing.
   */
  pipeDigits?: boolean;
}

const SPACE = 0x20;
const KEYCAP = 0x20e3;

/** Collects output code units and their source ranges. */
class Output {
  readonly codes: number[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly flags: number[] = [];
  /** Trick bits of removed characters, for the next unit. */
  pending = 0;

  push(code: number, start: number, end: number, bits: number): void {
    this.codes.push(code);
    this.starts.push(start);
    this.ends.push(end);
    this.flags.push(bits | this.pending);
    this.pending = 0;
  }

  /** Spaces, breaks and odd separators collapse into one space. */
  space(start: number, end: number, bits: number): void {
    const last = this.codes.length - 1;
    if (last >= 0 && this.codes[last] === SPACE) {
      this.ends[last] = end;
      this.flags[last] = this.flags[last]! | bits | this.pending;
      this.pending = 0;
    } else this.push(SPACE, start, end, bits);
  }

  text(): string {
    let text = '';
    // In chunks: spreading a very long array into one call overflows the stack.
    for (let k = 0; k < this.codes.length; k += 4096) text += String.fromCharCode(...this.codes.slice(k, k + 4096));
    return text;
  }
}

/**
 * Normalises `source.slice(from, to)`: every kind of decimal digit and enclosed
 * digit to ASCII, O/o/l/I/| inside digit runs to digits, invisibles removed, dashes
 * and fullwidth punctuation to ASCII, and runs of spaces, line breaks and odd
 * separators to a single space. Context outside the slice is read (a letter run
 * may start before `from`) but never copied.
 */
export function normalise(source: string, from = 0, to = source.length, options: NormaliseOptions = {}): Normalised {
  const plain = source.slice(from, to);
  if (PLAIN.test(plain)) return unchanged(plain, from);
  const pipeDigits = options.pipeDigits ?? true;
  const out = new Output();
  let lastZero = -2;
  let i = from;
  while (i < to) {
    let cp = source.codePointAt(i)!;
    // A slice that ends inside a surrogate pair keeps its first half as a lone unit.
    if (i + width(cp) > to) cp = source.charCodeAt(i);
    const w = width(cp);
    const digit = digitInfo(cp);
    if (digit) {
      let bits = digit.styled || digit.zero < 0 ? BIT.styled : digit.zero !== 0x30 ? BIT.native : 0;
      if (lastZero !== -2 && digit.zero !== lastZero) bits |= BIT.mixed;
      lastZero = digit.zero;
      out.push(digit.value.charCodeAt(0), i, i + w, bits);
    } else if (isInvisible(cp)) {
      // The keycap mark turns the digit before it into an emoji (1️⃣): styling, like circled digits.
      out.pending |= cp === KEYCAP ? BIT.styled : BIT.invisible;
    } else if (cp === 0x25 && i + 3 <= to && isEncodedPlus(source, i)) {
      // `tel:%2B44…`: a URL-encoded plus sign.
      out.push(0x2b, i, i + 3, 0);
      i += 3;
      continue;
    } else if (pipeDigits && isPipe(cp) && pipeIsDigit(source, i)) {
      out.push(0x31, i, i + 1, BIT.letters);
    } else {
      const sep = separatorOf(cp);
      if (sep === Sep.Space) out.space(i, i + w, 0);
      else if (sep === Sep.Break) out.space(i, i + w, BIT.lineBreak);
      else if (sep === Sep.Odd) out.space(i, i + w, BIT.odd);
      else if (sep === Sep.Punct) out.push(punctAscii(cp).charCodeAt(0), i, i + w, 0);
      else if (sep === Sep.Plus) out.push(0x2b, i, i + w, 0);
      else {
        const end = confusableValue(cp) === undefined ? -1 : Math.min(to, confusableRunEnd(source, i));
        if (end > i) {
          for (let j = i; j < end; j++) {
            const value = confusableValue(source.charCodeAt(j));
            if (value) out.push(value.charCodeAt(0), j, j + 1, BIT.letters);
            else out.pending |= BIT.invisible;
          }
          i = end;
          continue;
        }
        lastZero = -2;
        // Fullwidth ASCII (U+FF01–FF5E) to ASCII, so `＋` and `（` read as punctuation.
        if (cp >= 0xff01 && cp <= 0xff5e) out.push(cp - 0xfee0, i, i + 1, 0);
        else for (let k = 0; k < w; k++) out.push(source.charCodeAt(i + k), i, i + w, 0);
      }
    }
    i += w;
  }
  return { text: out.text(), starts: out.starts, ends: out.ends, flags: out.flags };
}

/**
 * A number written plainly: ASCII digits and phone punctuation, single spaces
 * between groups. Normalising it changes nothing, and most numbers on a page
 * look like this; `normalise` returns it as is, without reading it character by
 * character (scans run this code cold, where each character costs several calls).
 */
const PLAIN = /^[0-9()+./-]+(?: [0-9()+./-]+)*$/;

/** `text` (found at `from` in its source) as its own normalised form. */
function unchanged(text: string, from: number): Normalised {
  const starts = new Array<number>(text.length);
  const ends = new Array<number>(text.length);
  for (let k = 0; k < text.length; k++) {
    starts[k] = from + k;
    ends[k] = from + k + 1;
  }
  return { text, starts, ends, flags: new Array<number>(text.length).fill(0) };
}

function isEncodedPlus(source: string, i: number): boolean {
  return source.charCodeAt(i + 1) === 0x32 && (source.charCodeAt(i + 2) | 0x20) === 0x62 && digitInfo(source.codePointAt(i + 3) ?? 0) !== undefined;
}

/** Source range of normalised units [s, e). */
export function sourceRange(n: Normalised, s: number, e: number): [number, number] {
  return [n.starts[s]!, n.ends[e - 1]!];
}

/**
 * Tricks seen in normalised units [s, e). An invisible character just before the
 * first unit is outside the range and does not count.
 */
export function tricksIn(n: Normalised, s: number, e: number): Trick[] {
  let bits = (n.flags[s] ?? 0) & ~BIT.invisible;
  for (let k = s + 1; k < e; k++) bits |= n.flags[k]!;
  return TRICK_NAMES.filter(([bit]) => bits & bit).map(([, name]) => name);
}
