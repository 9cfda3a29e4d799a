/**
 * Builds a case-insensitive pattern for whole words or phrases. Phrases are
 * written in folded form (no accents, see fold.ts) and may use regular
 * expression syntax; a space inside a phrase matches any run of whitespace,
 * so text wrapped across lines still matches.
 */
export function words(phrases: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${join(phrases)})(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Like `words`, but a match may run straight into a capitalised word or a
 * digit ("Support Desk:1 863…", "Customer CareDear"), as text glued together
 * from markup often does. The end is checked in code because under the `i`
 * flag `\p{Ll}` also matches capitals.
 */
export function wordsGlued(phrases: readonly string[]): RegExp {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${join(phrases)})`, 'giu');
  GLUED.add(re);
  return re;
}

const GLUED = new WeakSet<RegExp>();
// Longer phrases first, so "telefon" is tried before "tel" at the same place.
const join = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, '\\s+')).join('|');
const LOWER = /\p{Ll}/u;

export interface Found {
  start: number;
  end: number;
  text: string;
}

/** Every match of `re` in `text`. */
export function findAll(re: RegExp, text: string): Found[] {
  const out: Found[] = [];
  const glued = GLUED.has(re);
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if (glued && LOWER.test(text[end] ?? '')) continue;
    out.push({ start: m.index, end, text: m[0] });
  }
  return out;
}

/** The first match of `re` in `text`, if any. */
export function findFirst(re: RegExp, text: string): Found | undefined {
  return findAll(re, text)[0];
}

/** The last match of `re` in `text`, if any. */
export function findLast(re: RegExp, text: string): Found | undefined {
  const all = findAll(re, text);
  return all[all.length - 1];
}

/** Collapses whitespace for quoting matched text in a reason. */
export function quote(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
