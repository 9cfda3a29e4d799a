import { isValidNanp } from './nanp';

/**
 * North American toll-free vanity numbers: 1-800-FIX-MYPC, 1.888.EXP.1980. Only
 * this form is read: a toll-free code makes the intent clear, while letters after
 * an ordinary area code are usually words. Letters must be capitals, as vanity
 * numbers are printed.
 */
const SEP = '[ .\\-\\u2010-\\u2015]';
const VANITY = new RegExp(
  `(?<![A-Za-z0-9+])(?:\\+?1${SEP}?)?\\(?(8(?:00|33|44|55|66|77|88))\\)?${SEP}?([A-Z0-9]{1,8}(?:${SEP}[A-Z0-9]{1,8}){0,3})`,
  'g',
);
const GROUP_SEP = new RegExp(SEP);
/** Cheap test first: a toll-free code followed by a capital letter. */
export const VANITY_HINT = /8(?:00|33|44|55|66|77|88)\)?[ .\-\u2010-\u2015]?[A-Z]/;

const KEYPAD: Record<string, string> = {};
for (const [digit, letters] of Object.entries({ 2: 'ABC', 3: 'DEF', 4: 'GHI', 5: 'JKL', 6: 'MNO', 7: 'PQRS', 8: 'TUV', 9: 'WXYZ' })) {
  for (const letter of letters) KEYPAD[letter] = digit;
}

export interface VanityMatch {
  start: number;
  end: number;
  e164: string;
}

/** Every toll-free vanity number in `text`. */
export function findVanityNumbers(text: string): VanityMatch[] {
  const found: VanityMatch[] = [];
  if (!VANITY_HINT.test(text)) return found;
  VANITY.lastIndex = 0;
  for (let m = VANITY.exec(text); m; m = VANITY.exec(text)) {
    const vanity = read(text, m);
    if (vanity) found.push(vanity);
  }
  return found;
}

function read(text: string, m: RegExpExecArray): VanityMatch | undefined {
  const [whole, area, tail] = m as unknown as [string, string, string];
  let end = m.index + whole.length - tail.length;
  let keys = '';
  // Groups up to seven keys; one longer last word is allowed (1-800-CONTACTS dials 7 keys).
  for (const group of tail.split(GROUP_SEP)) {
    if (keys.length >= 7) break;
    if (keys.length + group.length > 8) return undefined;
    end = text.indexOf(group, end) + group.length;
    keys += group;
  }
  if (keys.length < 7 || /[A-Za-z0-9]/.test(text[end] ?? '')) return undefined;
  if (keys.replace(/[0-9]/g, '').length < 3) return undefined;
  const number = area + [...keys.slice(0, 7)].map((c) => KEYPAD[c] ?? c).join('');
  return isValidNanp(number) ? { start: m.index, end, e164: `+1${number}` } : undefined;
}
