/**
 * Finds vendor names in folded text (see fold.ts) in one regular-expression
 * pass. Loose names tolerate the character swaps scam mail uses on brand names
 * (0 for o, 1 or I for l, 3 for e, 4 or @ for a, 5 or $ for s) and a stray
 * separator between letters ("P.a.y.P.a.l", "Pay Pal"); names that are also
 * ordinary words are matched only as written.
 */
export interface VendorMention {
  /** Index into the directory's vendors. */
  vendor: number;
  start: number;
  end: number;
  /** True when the name was written with look-alike characters or inner separators. */
  disguised: boolean;
  /** True when matched as one of the vendor's `exact` names (an ordinary word or first name too). */
  exact: boolean;
}

export interface VendorMatcher {
  find(text: string): VendorMention[];
}

interface NamedVendor {
  aliases: readonly string[];
  typos: readonly string[];
  exact: readonly string[];
}

const SWAPS: Record<string, string> = { o: '0', l: '1I|', i: '1l|!', e: '3', a: '4@', s: '5$' };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function letterClass(ch: string): string {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  const swaps = SWAPS[lower] ?? '';
  return `[${escape(lower + (upper !== lower ? upper : '') + swaps)}]`;
}

/** The pattern of a loose name, as pieces: the first is the first letter, on which names are grouped. */
function loosePieces(name: string): string[] {
  const letters = name.replace(/[^A-Za-z0-9]/g, '').length;
  // A stray separator between letters is allowed only in longer names, where it cannot join two real words.
  const gap = letters >= 5 ? "[ ._*'-]?" : '';
  const pieces: string[] = [];
  let prevAlnum = false;
  for (const ch of name) {
    if (/[A-Za-z0-9]/.test(ch)) {
      if (prevAlnum && gap) pieces.push(gap);
      pieces.push(/[0-9]/.test(ch) ? ch : letterClass(ch));
      prevAlnum = true;
    } else {
      pieces.push(/\s/.test(ch) ? '[\\s._-]{0,2}' : ch === '.' || ch === '-' ? `[\\s${escape(ch)}]?` : escape(ch) + '?');
      prevAlnum = false;
    }
  }
  return pieces;
}

function exactPieces(name: string): string[] {
  return [...name].map((ch) => (ch === ' ' ? '\\s+' : escape(ch)));
}

interface Alternative {
  pieces: string[];
  vendor: number;
  length: number;
}

/**
 * One regular expression for all names, grouped by first letter so that at
 * each position only the names starting with that letter are tried; a
 * lookahead on the possible first letters skips every other position cheaply.
 */
function compile(alternatives: Alternative[], tail: string): { regex: RegExp; owners: number[] } | undefined {
  if (alternatives.length === 0) return undefined;
  // Longest first, so "Norton 360" wins over "Norton" and "Microsoft Defender" over "Microsoft".
  alternatives.sort((a, b) => b.length - a.length);
  const owners = alternatives.map((a) => a.vendor);
  const byHead = new Map<string, string[]>();
  alternatives.forEach((a, i) => {
    const [head, ...rest] = a.pieces;
    byHead.set(head!, [...(byHead.get(head!) ?? []), `(?<a${i}>${rest.join('')})`]);
  });
  const firsts = [...new Set([...byHead.keys()].flatMap((head) => (head.startsWith('[') ? [head.slice(1, -1)] : [head])))].join('');
  const body = [...byHead].map(([head, rests]) => `${head}(?:${rests.join('|')})`).join('|');
  return { regex: new RegExp(`(?=[${firsts}])(?<![\\p{L}\\p{N}])(?:${body})${tail}`, 'gu'), owners };
}

export function buildMatcher(vendors: readonly NamedVendor[]): VendorMatcher {
  const loose: Alternative[] = [];
  const exact: Alternative[] = [];
  vendors.forEach((v, vendor) => {
    for (const name of new Set([...v.aliases, ...v.typos])) loose.push({ pieces: loosePieces(name), vendor, length: name.length });
    for (const name of new Set(v.exact.flatMap((n) => [n, n.toUpperCase()]))) exact.push({ pieces: exactPieces(name), vendor, length: name.length });
  });
  // A loose name may run straight into a capitalised word or a digit ("Norton LifeLockHey", "Norton360"), as text rendered from markup often does.
  const looseRe = compile(loose, '(?!\\p{Ll})');
  const exactRe = compile(exact, '(?![\\p{L}\\p{N}])');
  return {
    find(text) {
      const found: VendorMention[] = [];
      for (const [compiled, exact] of [[looseRe, false], [exactRe, true]] as const) {
        if (!compiled) continue;
        for (const m of text.matchAll(compiled.regex)) {
          const groups = m.groups ?? {};
          const i = Object.keys(groups).findIndex((name) => groups[name] !== undefined);
          const name = Object.keys(groups)[i]!;
          const vendor = compiled.owners[Number(name.slice(1))]!;
          const start = m.index;
          found.push({ vendor, start, end: start + m[0].length, disguised: !isPlainSpelling(m[0], vendors[vendor]!), exact });
        }
      }
      return withoutOverlaps(found);
    },
  };
}

/** Where loose and exact names overlap ("Chase Bank" and "Chase"), the longer match stands. */
function withoutOverlaps(found: VendorMention[]): VendorMention[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: VendorMention[] = [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/** Written exactly as one of the vendor's own names (a known misspelling is not one). */
function isPlainSpelling(written: string, vendor: NamedVendor): boolean {
  const plain = written.toLowerCase().replace(/\s+/g, ' ');
  return [...vendor.aliases, ...vendor.exact].some((n) => n.toLowerCase() === plain || n.toLowerCase().replace(/ /g, '') === plain);
}
