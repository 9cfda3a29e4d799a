import type { ComponentChild } from 'preact';
import { t, type MessageKey } from '@/lib/i18n';

/** Private-use characters stand in for elements while the message is looked up; no message contains them. */
const MARK = 0xe000;

/**
 * `t()` for a sentence with elements in it (a host name in bold, a link):
 * each element goes in as a substitution and comes back where the
 * translation put it.
 */
export function tx(key: MessageKey, ...parts: ComponentChild[]): ComponentChild[] {
  const text = t(key, ...parts.map((part, i) => (typeof part === 'string' || typeof part === 'number' ? part : String.fromCharCode(MARK + i))));
  return text
    .split(/([\ue000-\ue008])/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const index = piece.charCodeAt(0) - MARK;
      return piece.length === 1 && index >= 0 && index < parts.length ? parts[index] : piece;
    });
}
