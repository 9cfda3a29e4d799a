import { MAX_MESSAGE_TEXT, type Request } from '../../messaging';
import { mayContainPhoneNumber } from '../../phone/find';
import { telTarget } from '../find-in-dom';
import { PAUSE, walkTextBlocks } from '../text-blocks';
import type { MessageView } from './types';

export type MessageRequest = Request<'checkMessage'>;

/** Field limits of the checkMessage request (lib/messaging.ts ROUTES). */
const MAX_SUBJECT = 1000;
const MAX_FROM = 500;
const MAX_TEL_LINKS = 50;
const MAX_TEL_CHARS = 100;
export interface ReadOptions {
  /** Longest stretch of reading before `pause`, in ms. */
  sliceMs: number;
  now: () => number;
  /** Gives the page a turn. */
  pause: () => Promise<void>;
  limit?: number;
}

/**
 * The checkMessage request for a message: its fields within the protocol's
 * limits. The `tel:` links are those the text's read passes (a message read
 * only in part is checked on that part, call buttons included): a query of
 * its own would visit every element of a huge page once more.
 */
export async function readMessage(view: MessageView, options: ReadOptions): Promise<MessageRequest> {
  const targets = new Set<string>();
  const text = await readText(view.body, options, (link) => {
    if (targets.size < MAX_TEL_LINKS) addTelTarget(targets, link);
  });
  return {
    subject: view.subject.slice(0, MAX_SUBJECT),
    from: view.from.slice(0, MAX_FROM),
    text,
    telLinks: [...targets],
  };
}

/** A message that could hold a phone number; anything else cannot be a callback scam and is not sent. */
export function worthChecking(request: MessageRequest): boolean {
  return request.telLinks.length > 0 || mayContainPhoneNumber(`${request.subject}\n${request.text}`);
}

/**
 * The body's text as a reader sees it: inline elements joined (a number split
 * across `<span>`s reads whole), blocks on lines of their own, scripts and
 * Hangup's markers left out. Stops at the protocol's limit: a longer body is
 * checked on its first part, and the rest of it is never visited.
 */
export async function readText(body: Element, options: ReadOptions, onLink?: (link: Element) => void): Promise<string> {
  const limit = options.limit ?? MAX_MESSAGE_TEXT;
  const lines: string[] = [];
  let length = 0;
  let sliceStart = options.now();
  for (const block of walkTextBlocks(body, onLink)) {
    if (block !== PAUSE) {
      lines.push(block.text);
      length += block.text.length + 1;
      if (length >= limit) break;
      // The clock is read at the walk's pauses, every few hundred nodes: a look costs about what reading a block does.
      continue;
    }
    if (options.now() - sliceStart > options.sliceMs) {
      // The walk finds its way back if the page changes meanwhile.
      await options.pause();
      sliceStart = options.now();
    }
  }
  return lines.join('\n').slice(0, limit);
}

/** Adds the target of a `tel:` link, decoded, for call buttons that show no number ("Call us"). */
function addTelTarget(targets: Set<string>, link: Element): void {
  const target = telTarget(link)?.trim();
  if (target && target.length <= MAX_TEL_CHARS) targets.add(target);
}
