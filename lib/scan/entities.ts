/**
 * HTML character references. Named references cover what mail actually uses
 * (typography, currency, Latin-1 letters, the invisible characters senders
 * pad preheaders with); unknown names are left as written.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', shy: '\u00ad',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e', laquo: '\u00ab', raquo: '\u00bb',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022', middot: '\u00b7', prime: '\u2032', dagger: '\u2020',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', sect: '\u00a7', para: '\u00b6', times: '\u00d7', divide: '\u00f7', plusmn: '\u00b1',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', curren: '\u00a4', iexcl: '\u00a1', iquest: '\u00bf', ordf: '\u00aa', ordm: '\u00ba',
  szlig: '\u00df', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', sup1: '\u00b9', sup2: '\u00b2', sup3: '\u00b3', micro: '\u00b5',
  larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193', hearts: '\u2665', check: '\u2713', star: '\u2606',
};

// Latin-1 letters with accents: &aacute; &Ccedil; &otilde; …
const ACCENTS: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327' };
for (const [suffix, mark] of Object.entries(ACCENTS)) {
  for (const letter of 'aeiouyncAEIOUYNC') {
    const composed = (letter + mark).normalize('NFC');
    if (composed.length === 1) NAMED[letter + suffix] = composed;
  }
}
Object.assign(NAMED, { aelig: '\u00e6', AElig: '\u00c6', oslash: '\u00f8', Oslash: '\u00d8', eth: '\u00f0', thorn: '\u00fe' });

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g;

function fromCodePoint(cp: number): string {
  // Code points a browser would replace: NUL, surrogates, beyond Unicode.
  return cp === 0 || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff ? '\ufffd' : String.fromCodePoint(cp);
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec) return fromCodePoint(Number(dec));
    if (hex) return fromCodePoint(parseInt(hex, 16));
    return (name && NAMED[name]) ?? whole;
  });
}
