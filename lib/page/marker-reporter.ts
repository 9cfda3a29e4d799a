import type { MessageVerdict } from '../detect/message';
import type { NumberVerdict } from '../detect/verdict';
import type { Request, Response } from '../messaging';
import { redactExcerpt } from '../reports/redact';
import { UNDO_MS } from '../reports/limits';
import { leadingText } from './leading-text';

type Send = {
  (type: 'fileReport', data: Request<'fileReport'>): Promise<Response<'fileReport'>>;
  (type: 'undoReport', data: Request<'undoReport'>): Promise<Response<'undoReport'>>;
  (type: 'setNotScam', data: Request<'setNotScam'>): Promise<Response<'setNotScam'>>;
};

const BLOCK = 'p, li, td, th, dd, blockquote, article, section, div';
const AROUND = 300;

/** The text around the number: its paragraph (or nearest block), centred on the number and cut to size. */
export function excerptAround(host: Element, raw: string): string {
  return excerptIn(host.parentElement?.closest(BLOCK)?.textContent ?? '', raw);
}

/** How much of a message body is read to find the excerpt: a whole huge page is not worth building as one string. */
const MESSAGE_TEXT_LIMIT = 40_000;

/** `text` cut to the part around `raw`. */
export function excerptIn(source: string, raw: string): string {
  const text = source.replace(/\s+/g, ' ').trim();
  const at = text.indexOf(raw.trim());
  if (at < 0 || text.length <= 2 * AROUND) return text.slice(0, 2 * AROUND);
  const start = Math.max(0, at - AROUND);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + raw.length + AROUND)}…`;
}

export interface ReportContext {
  e164: string;
  asSeen: string;
  vendorName: string;
  verdict: 'scam' | 'suspicious';
  reasons: string[];
  channel: 'web' | 'email';
  /** The page origin, shown before the person chooses to share it (the background takes it from the browser). */
  origin: string;
  /** The raw text around the number; redacted before it is shown or sent. */
  text: () => string;
  /** A message subject that may be shared (webmail). */
  subject?: string;
  defaults: { origin: boolean; excerpt: boolean };
}

/**
 * What a warning needs to report its number: the redacted excerpt it would
 * send (shown first), and calls to file and undo through the background.
 */
export function makeReporter(context: ReportContext, send: Send) {
  let excerpt: string | undefined;
  return {
    vendorName: context.vendorName,
    origin: context.origin,
    /** Read and redacted once, when the report choices are first shown. */
    get excerpt() {
      return (excerpt ??= redactExcerpt(context.text(), { keepDigits: context.e164 }));
    },
    ...(context.subject ? { subject: context.subject } : {}),
    undoSeconds: Math.round(UNDO_MS / 1000),
    defaults: context.defaults,
    async setNotScam(notScam: boolean) {
      await send('setNotScam', { e164: context.e164, notScam });
    },
    async file(share: { origin: boolean; excerpt?: string; subject?: string }) {
      const reply = await send('fileReport', {
        e164: context.e164,
        asSeen: context.asSeen.trim().slice(0, 200),
        vendorName: context.vendorName,
        channel: context.channel,
        verdict: context.verdict,
        reasons: context.reasons,
        share,
      });
      return {
        reportId: reply.report.reportId,
        duplicate: reply.duplicate,
        state: reply.report.state,
        ...(reply.report.needsConsent ? { needsConsent: true } : {}),
        ...(reply.report.destination ? { destination: reply.report.destination } : {}),
        ...(reply.fraudSite ? { fraudSite: reply.fraudSite } : {}),
      };
    },
    async undo(reportId: string) {
      return (await send('undoReport', { reportId })).undone;
    },
  };
}

/** The reporter for an inline marker on a scam number whose impersonated vendor is known. */
export function markerReporter(host: Element, verdict: NumberVerdict, raw: string, send: Send, origin: string, defaults: { origin: boolean; excerpt: boolean }) {
  if (verdict.verdict !== 'scam' || !verdict.vendor) return undefined;
  return makeReporter(
    { e164: verdict.e164, asSeen: raw, vendorName: verdict.vendor.name, verdict: 'scam', reasons: verdict.reasons, channel: 'web', origin, text: () => excerptAround(host, raw), defaults },
    send,
  );
}

/** The reporter for a message banner: the message's first flagged number, against the vendor it claims to be. */
export function bannerReporter(
  verdict: MessageVerdict,
  message: { body: Element; subject: string; webmail: boolean },
  send: Send,
  origin: string,
  defaults: { origin: boolean; excerpt: boolean },
) {
  const number = verdict.numbers.find((n) => n.status === 'scam') ?? verdict.numbers.find((n) => n.status === 'suspicious');
  if (!number || !verdict.vendor || (verdict.verdict !== 'scam' && verdict.verdict !== 'suspicious')) return undefined;
  const body = message.body;
  return makeReporter(
    {
      e164: number.e164,
      asSeen: number.raw,
      vendorName: verdict.vendor.name,
      verdict: verdict.verdict,
      reasons: verdict.reasons,
      channel: message.webmail ? 'email' : 'web',
      origin,
      text: () => excerptIn(leadingText(body, MESSAGE_TEXT_LIMIT), number.raw),
      ...(message.webmail && message.subject.trim() ? { subject: message.subject.trim() } : {}),
      defaults,
    },
    send,
  );
}
