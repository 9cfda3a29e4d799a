import { decodeEntities } from './entities';

/**
 * HTML to the text a reader sees, with no DOM: scripts, styles, comments and
 * the head dropped; block elements and line breaks become new lines; inline
 * elements join without a gap, so a number split across `<span>`s comes out
 * whole; image alt text is kept, since scam mail often puts its words in images.
 * Entities are decoded after the tags are gone, so `&lt;b&gt;` stays text.
 */
const SKIPPED = /<!--[\s\S]*?(?:-->|$)|<(script|style|head|template|title|xml)\b[\s\S]*?(?:<\/\1\s*>|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>/gi;
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9:-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
/** Elements that start a new line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'header', 'hr', 'li', 'main', 'nav', 'pre', 'section', 'tbody', 'thead', 'tfoot', 'tr', 'body', 'html',
]);
/** Elements with a margin: a blank line around them. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'ul', 'ol']);
const CELL = new Set(['td', 'th']);
const ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

// Markers for line structure, resolved once all tags are gone.
const LINE = '\u0000';
const BR = '\u0001';
const PARA = '\u0002';
const BREAKS = /[ \u0000\u0001\u0002]*[\u0000\u0001\u0002][ \u0000\u0001\u0002]*/g;

/**
 * A run of block boundaries is one line break, as in a browser ("</div><div>"
 * is not a blank line); a paragraph margin or two <br>s make a blank line.
 */
function resolveBreaks(run: string): string {
  if (run.includes(PARA) || run.split(BR).length > 2) return '\n\n';
  return '\n';
}

function tagText(name: string, attributes: string): string {
  const tag = name.toLowerCase();
  if (tag === 'br') return BR;
  if (PARAGRAPH.has(tag)) return PARA;
  if (BLOCK.has(tag)) return LINE;
  if (CELL.has(tag)) return ' ';
  if (tag === 'img') {
    const alt = ALT.exec(attributes);
    const text = alt ? (alt[1] ?? alt[2] ?? alt[3] ?? '').trim() : '';
    return text ? ` ${text} ` : '';
  }
  return '';
}

export function htmlToText(html: string): string {
  const stripped = html.replace(/[\u0000-\u0002]/g, '').replace(SKIPPED, ' ').replace(TAG, (_, name: string, attributes: string) => tagText(name, attributes));
  // Source line breaks are plain spaces in HTML; only block boundaries break lines.
  const collapsed = stripped.replace(/[ \t\r\n\f]+/g, ' ');
  // &nbsp; becomes a plain space: it only stops line wrapping, which text does not have.
  return decodeEntities(collapsed.replace(BREAKS, resolveBreaks))
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True when a "plain text" body is really HTML sent as text (common in scam mail). */
export function looksLikeHtml(text: string): boolean {
  const tags = text.slice(0, 20_000).match(/<\/?(?:html|body|div|table|tr|td|p|br|span|font|a|img|h[1-6]|center)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}
