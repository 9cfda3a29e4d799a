import type { CountryCode } from 'libphonenumber-js/min';
import { buildDirectory, type VendorDirectory } from '../detect/directory';
import { messageVerdict, type MessageVerdict } from '../detect/message';
import type { LookupIndex } from '../lists/lookup-index';
import type { ListMatch } from '../lists/types';
import { findPhoneNumbers } from '../phone/find';
import { htmlToText, looksLikeHtml } from './html-to-text';
import type { ScanMessage } from './message';

/** The lists and vendors a scan checks against, built once per run. */
export interface ScanContext {
  index: LookupIndex;
  directory: VendorDirectory;
  region: CountryCode;
}

export function scanContext(index: LookupIndex, region: CountryCode): ScanContext {
  return { index, directory: buildDirectory(index.vendors()), region };
}

/** The text a reader sees: the plain body, or the HTML rendered when there is no usable plain body. */
export function readableText(message: Pick<ScanMessage, 'text' | 'html'>): string {
  const { text, html } = message;
  if (text.trim() && !looksLikeHtml(text)) return text;
  if (html.trim()) return htmlToText(html);
  return looksLikeHtml(text) ? htmlToText(text) : text;
}

/** Finds the numbers in a message, looks them up, and gives the message its verdict. */
export function scanMessage(message: ScanMessage, context: ScanContext): MessageVerdict {
  const text = readableText(message);
  const numbers = findPhoneNumbers(text, context.region);
  const listMatches = new Map<string, ListMatch[]>();
  for (const n of numbers) if (!listMatches.has(n.e164)) listMatches.set(n.e164, context.index.lookup(n.e164));
  const html = message.html || (looksLikeHtml(message.text) ? message.text : '');
  return messageVerdict({ subject: message.subject, from: message.from, text, html, numbers, listMatches, directory: context.directory });
}
