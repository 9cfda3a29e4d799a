import type { NumberVerdict } from '../detect/verdict';
import type { Request, Response } from '../messaging';
import { redactExcerpt } from '../reports/redact';
import { UNDO_MS } from '../reports/limits';

type Send = {
  (type: 'fileReport', data: Request<'fileReport'>): Promise<Response<'fileReport'>>;
  (type: 'undoReport', data: Request<'undoReport'>): Promise<Response<'undoReport'>>;
  (type: 'setNotScam', data: Request<'setNotScam'>): Promise<Response<'setNotScam'>>;
};

const BLOCK = 'p, li, td, th, dd, blockquote, article, section, div';
const AROUND = 300;

/** The text around the number: its paragraph (or nearest block), centred on the number and cut to size. */
export function excerptAround(host: Element, raw: string): string {
  const text = (host.parentElement?.closest(BLOCK)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const at = text.indexOf(raw.trim());
  if (at < 0 || text.length <= 2 * AROUND) return text.slice(0, 2 * AROUND);
  const start = Math.max(0, at - AROUND);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + raw.length + AROUND)}…`;
}

/**
 * What a marker needs to report its number: the redacted excerpt it would
 * send (shown first), and calls to file and undo through the background.
 * The page's origin is shown here but taken from the browser when sent.
 */
export function markerReporter(host: Element, verdict: NumberVerdict, raw: string, send: Send, origin: string, defaults: { origin: boolean; excerpt: boolean }) {
  const vendor = verdict.vendor;
  if (verdict.verdict !== 'scam' || !vendor) return undefined;
  return {
    vendorName: vendor.name,
    origin,
    get excerpt() {
      return redactExcerpt(excerptAround(host, raw), { keepDigits: verdict.e164 });
    },
    undoSeconds: Math.round(UNDO_MS / 1000),
    defaults,
    async setNotScam(notScam: boolean) {
      await send('setNotScam', { e164: verdict.e164, notScam });
    },
    async file(share: { origin: boolean; excerpt?: string }) {
      const reply = await send('fileReport', {
        e164: verdict.e164,
        asSeen: raw.trim().slice(0, 200),
        vendorName: vendor.name,
        channel: 'web',
        verdict: 'scam',
        reasons: verdict.reasons,
        share,
      });
      return {
        reportId: reply.report.reportId,
        duplicate: reply.duplicate,
        state: reply.report.state,
        ...(reply.report.destination ? { destination: reply.report.destination } : {}),
        ...(reply.fraudSite ? { fraudSite: reply.fraudSite } : {}),
      };
    },
    async undo(reportId: string) {
      return (await send('undoReport', { reportId })).undone;
    },
  };
}
