/**
 * Chrome's message substitution, for when there is no browser i18n API (unit
 * tests, the scan command). Two steps, as in Chrome: named placeholders are
 * replaced by their "content" when the catalog loads, then `$1`..`$9` and `$$`
 * when the message is read. Substitutions are inserted verbatim, so "$399.99"
 * in a substitution stays as it is; a literal dollar sign in message text is
 * written `$$`.
 */

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Catalog = Record<string, CatalogEntry>;

/** Placeholder names Chrome accepts between dollar signs. */
const NAME = /^[A-Za-z0-9_@]+$/;

/**
 * Replaces `$name$` with the placeholder's content (case-insensitive). Like
 * Chrome, a valid name with no placeholder is an error: Chrome then refuses
 * to load the extension. Text between dollar signs that is not a valid name
 * is left for the second step.
 */
export function resolvePlaceholders(entry: CatalogEntry): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  let message = entry.message;
  let begin = 0;
  for (;;) {
    const start = message.indexOf('$', begin);
    if (start < 0) return message;
    begin = start + 1;
    const end = message.indexOf('$', begin);
    if (end < 0) return message;
    const name = message.slice(begin, end);
    if (!NAME.test(name)) continue;
    const content = placeholders.get(name.toLowerCase());
    if (content === undefined) throw new Error(`Unknown placeholder $${name}$ in "${entry.message}"`);
    message = message.slice(0, start) + content + message.slice(end + 1);
    begin = start + content.length;
  }
}

/**
 * Every message of `catalog` with its named placeholders resolved (`$1`..`$9`
 * stay, for `substitute`), each key of `english` that `catalog` lacks taken
 * from `english`, as the browser falls back to the default locale.
 */
export function resolvedMessages(catalog: Catalog, english: Catalog): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const key of Object.keys(english)) messages[key] = resolvePlaceholders(catalog[key] ?? english[key]!);
  return messages;
}

/**
 * Chrome's runtime step (base::ReplaceStringPlaceholders): `$1`..`$9` become
 * substitutions (missing ones become nothing), a run of n dollar signs
 * becomes n-1, and a dollar sign before anything else is dropped with the
 * character after it.
 */
export function substitute(message: string, substitutions: readonly string[]): string {
  let out = '';
  for (let i = 0; i < message.length; i++) {
    const char = message[i]!;
    if (char !== '$') {
      out += char;
      continue;
    }
    if (++i >= message.length) break;
    const next = message[i]!;
    if (next === '$') {
      while (message[i] === '$') {
        out += '$';
        i++;
      }
      i--;
    } else if (next >= '1' && next <= '9') {
      out += substitutions[next.charCodeAt(0) - 49] ?? '';
    }
  }
  return out;
}
