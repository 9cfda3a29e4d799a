import { existsSync, readFileSync } from 'node:fs';

/**
 * The shared corpus of real messages (kept outside the repository), and how well a
 * number finder recovers the phone strings listed for each message.
 */

export interface CorpusMessage {
  id: string;
  label: string;
  text: string;
  html: string;
  /** Every phone-like string as written in the message. */
  phones: string[];
}

/** Where the corpus lives relative to the repository root: `../shared/corpus/`. */
export const CORPUS_URL = new URL('../../shared/corpus/messages.jsonl', import.meta.url);

/** The corpus messages, or undefined when the corpus is not present (a plain clone). */
export function readCorpus(url: URL = CORPUS_URL): CorpusMessage[] | undefined {
  if (!existsSync(url)) return undefined;
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const record = JSON.parse(line) as Partial<CorpusMessage>;
      return { id: record.id ?? '', label: record.label ?? '', text: record.text ?? '', html: record.html ?? '', phones: record.phones ?? [] };
    });
}

export interface Found {
  start: number;
  end: number;
  e164: string;
}

export type Finder = (text: string) => Found[];

export interface Recall {
  found: number;
  total: number;
  share: number;
}

const lastDigits = (s: string) => s.replace(/\D/g, '').slice(-4);

/**
 * Share of the listed phone strings that `find` reports where they are written: a
 * match must overlap the string in the message text (or HTML, when only there) and
 * end in the same four digits. Finding the number in context is what counts, so a
 * number glued to a word or wrapped over two lines must be found as written.
 */
export function measureRecall(messages: CorpusMessage[], find: Finder): Recall {
  let found = 0;
  let total = 0;
  for (const message of messages) {
    const cache = new Map<string, Found[]>();
    for (const phone of message.phones) {
      total++;
      const source = message.text.includes(phone) ? message.text : message.html;
      let matches = cache.get(source);
      if (!matches) cache.set(source, (matches = find(source)));
      const tail = lastDigits(phone);
      let at = source.indexOf(phone);
      let hit = false;
      while (at >= 0 && !hit) {
        const end = at + phone.length;
        hit = matches.some((m) => m.start < end && m.end > at && m.e164.endsWith(tail));
        at = source.indexOf(phone, at + 1);
      }
      if (hit) found++;
    }
  }
  return { found, total, share: total ? found / total : 0 };
}
