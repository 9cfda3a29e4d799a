import PostalMime, { type Address, type Attachment } from 'postal-mime';
import { calendarText } from './calendar';
import { htmlToText } from './html-to-text';
import type { ScanMessage } from './message';

function formatAddress(address: Address | undefined): string {
  if (!address) return '';
  if (address.group) return address.name;
  return address.name ? `${address.name} <${address.address}>` : address.address;
}

function attachmentText(a: Attachment): string {
  if (typeof a.content === 'string') return a.content;
  return new TextDecoder().decode(a.content);
}

/**
 * Whether the message has a text/plain part of its own. postal-mime fills
 * `text` from the HTML when there is none; that rendering keeps entities'
 * non-breaking spaces and differs from ours, so it is not used.
 */
function hasPlainPart(raw: string | Uint8Array): boolean {
  const source = typeof raw === 'string' ? raw : new TextDecoder('latin1').decode(raw);
  // A message with no Content-Type at all is plain text (RFC 2045 §5.2).
  return /^content-type:\s*text\/plain/im.test(source) || !/^content-type:/im.test(source);
}

/**
 * Reads a raw .eml: MIME multipart, quoted-printable and base64 are decoded
 * by postal-mime. The text is the plain part, or the HTML part rendered to
 * text when there is no plain part, plus the text of any calendar invitation.
 */
export async function parseEml(raw: string | Uint8Array, id: string | null = null): Promise<ScanMessage> {
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'utf8' });
  const html = email.html ?? '';
  const plain = hasPlainPart(raw) ? (email.text ?? '') : '';
  const parts = [plain.trim() ? plain : html ? htmlToText(html) : ''];
  for (const a of email.attachments) if (a.mimeType === 'text/calendar') parts.push(calendarText(attachmentText(a)));
  return { id, subject: email.subject ?? '', from: formatAddress(email.from), text: parts.filter(Boolean).join('\n\n'), html };
}
