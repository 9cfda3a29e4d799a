/**
 * Folds text into a plain form that wording rules can match: invisible and
 * bidi characters removed, accents stripped, fullwidth / mathematical /
 * small-capital / Cyrillic and Greek look-alike letters turned into ASCII.
 * Scammers use exactly these tricks to slip brand names and phrases past
 * filters ("Co\u{E0139}inbase", "Nᴏᴛɪғɪᴄᴀᴄ̧ᴀ̃ᴏ", "Аmazon" with a Cyrillic А).
 * Case is kept because a few brand names are only names when capitalised.
 */
export interface FoldedText {
  text: string;
  /** For every character of `text`, the offset of the source character it came from. */
  toSource: Int32Array;
  /** Invisible characters found between two letters: a filter-evasion trick, rare in honest mail. */
  hiddenInWords: number;
  /** Length of the source text. */
  sourceLength: number;
}

/** Zero-width, bidi, joiner, variation-selector and tag characters. */
function isInvisible(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x61c ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** Look-alikes that Unicode normalisation does not fold. */
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  // Greek
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  ο: 'o', ι: 'i', ν: 'v', κ: 'k', ρ: 'p', τ: 't', υ: 'u',
  // small capitals and similar phonetic letters
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ғ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm',
  ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z', ɡ: 'g', ı: 'i',
  // letters NFKD leaves alone
  ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D',
  // spaces and dashes
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u3000': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"',
};

const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff]/g;
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out !== undefined) return out;
  out = LOOKALIKES[ch] ?? ch.normalize('NFKD').replace(COMBINING, '');
  // A character that decomposes into something still non-ASCII may be a look-alike after decomposition.
  if (out.length === 1 && LOOKALIKES[out]) out = LOOKALIKES[out]!;
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/** The next character past ASCII: ASCII runs (most of any message) are copied whole. */
const NON_ASCII = /[^\x00-\x7f]/g;

export function fold(source: string): FoldedText {
  const parts: string[] = [];
  // One slot per source character covers all but expanding folds (ß to ss); it grows for those.
  let toSource = new Int32Array(source.length + 8);
  let length = 0;
  let hiddenInWords = 0;
  let lastOut = '';
  let pendingHidden = false;
  const room = (extra: number) => {
    if (length + extra <= toSource.length) return;
    const grown = new Int32Array(Math.max(toSource.length * 2, length + extra));
    grown.set(toSource);
    toSource = grown;
  };
  for (let i = 0; i < source.length; ) {
    NON_ASCII.lastIndex = i;
    const next = NON_ASCII.exec(source)?.index ?? source.length;
    if (next > i) {
      if (pendingHidden && isLetter(lastOut) && isLetter(source[i])) hiddenInWords++;
      pendingHidden = false;
      parts.push(next - i === source.length ? source : source.slice(i, next));
      // Expanding folds before this run may have used the slots of its characters.
      room(next - i);
      for (let at = i; at < next; at++) toSource[length++] = at;
      lastOut = source[next - 1]!;
      i = next;
      if (i === source.length) break;
    }
    const cp = source.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isInvisible(cp)) {
      pendingHidden = true;
    } else {
      const folded = foldChar(source.slice(i, i + width));
      if (folded.length > 0) {
        if (pendingHidden && isLetter(lastOut) && isLetter(folded[0])) hiddenInWords++;
        pendingHidden = false;
        parts.push(folded);
        room(folded.length);
        for (let k = 0; k < folded.length; k++) toSource[length++] = i;
        lastOut = folded[folded.length - 1]!;
      }
    }
    i += width;
  }
  return { text: parts.join(''), toSource: toSource.slice(0, length), hiddenInWords, sourceLength: source.length };
}

/** Offset in the folded text of the first character at or after source offset `at`. */
export function foldedOffset(folded: FoldedText, at: number): number {
  let lo = 0;
  let hi = folded.toSource.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (folded.toSource[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Two folded texts joined by a line break, as if `a + '\n' + b` had been folded. */
export function joinFolded(a: FoldedText, b: FoldedText): FoldedText {
  const toSource = new Int32Array(a.toSource.length + 1 + b.toSource.length);
  toSource.set(a.toSource);
  toSource[a.toSource.length] = a.sourceLength;
  toSource.set(b.toSource.map((i) => i + a.sourceLength + 1), a.toSource.length + 1);
  return { text: `${a.text}\n${b.text}`, toSource, hiddenInWords: a.hiddenInWords + b.hiddenInWords, sourceLength: a.sourceLength + 1 + b.sourceLength };
}

/** The source text behind folded offsets [start, end), without its invisible characters: what a reason quotes. */
export function sourceSlice(folded: FoldedText, source: string, start: number, end: number): string {
  if (end <= start) return '';
  const from = folded.toSource[start] ?? source.length;
  const last = folded.toSource[end - 1] ?? from;
  let to = last + ((source.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
  // Keep combining marks that belong to the last letter ("c" + cedilla).
  while (to < source.length && /\p{M}/u.test(source[to]!)) to++;
  return source.slice(from, to).replace(INVISIBLE_ALL, '');
}

const INVISIBLE_ALL = /[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufe00-\ufe0f]|[\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]/gu;
