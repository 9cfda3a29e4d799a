import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkReport } from '../../lib/reports/payload';
import type { RouteHandler } from '../server';
import { MAX_BODY, readBody } from './body';
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimit } from './rate-limit';
import type { ReportStore } from './store';

export const REPORTS_PATH = '/reports';

export interface InboxOptions {
  store: ReportStore;
  rateLimit?: RateLimit;
  /** Who is asking, for the rate limit and distinct-client counts. The remote address unless a test says otherwise. */
  clientId?: (req: IncomingMessage) => string;
  /** The inbox's clock, for receivedAt and the rate limit. */
  now?: () => Date;
  maxBody?: number;
}

const CORS = {
  // Reports come from an extension's background, whose origin differs per browser and install.
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Retry-After',
};

// Answers are JSON only, never HTML, and carry nothing a browser would render or run.
const JSON_HEADERS = {
  ...CORS,
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

/** JSON whose bytes hold no <, > or &, so even a client that sniffs it as HTML finds no markup in it. */
function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function reply(res: ServerResponse, status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): true {
  res.writeHead(status, { ...JSON_HEADERS, ...headers });
  res.end(inertJson(body) + '\n');
  return true;
}

/** How long a refused upload may go on being discarded before its connection is cut. */
const LINGER_MS = 5_000;

/**
 * A refusal before the body was (fully) read. The connection is closed after
 * the answer; meanwhile the rest of the body is read and dropped, never kept,
 * because cutting the socket while the client still sends could make it lose
 * the answer. LINGER_MS bounds how long that goes on.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, error: string, headers: Record<string, string> = {}): true {
  res.once('finish', () => {
    req.resume();
    const timer = setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
    req.socket.once('close', () => clearTimeout(timer));
  });
  return reply(res, status, { status: 'error', error }, { connection: 'close', ...headers });
}

/**
 * checkReport names the field and what was expected, and valibot adds what it
 * received; that part is dropped, so an answer never carries the sender's text.
 */
function withoutReceived(error: string): string {
  return error.replace(/ but received [\s\S]*$/, '');
}

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/** The header as sent, or as an RFC 8941 string ("…"), which the Idempotency-Key draft specifies. */
function idempotencyKey(req: IncomingMessage): string | undefined {
  const raw = req.headers['idempotency-key'];
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const key = raw.trim();
  return key.length >= 2 && key.startsWith('"') && key.endsWith('"') ? key.slice(1, -1) : key;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(bytes: Buffer): { ok: true; value: unknown } | { ok: false; error: string } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, error: 'body is not UTF-8' };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: 'body is not JSON' };
  }
}

/**
 * `POST /reports`: the reference inbox a vendor runs to receive Hangup
 * reports (see publisher/README.md, "Receiving reports", for the statuses).
 */
export function createInboxRoute(options: InboxOptions): RouteHandler {
  const now = options.now ?? (() => new Date());
  const limiter = createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, () => now().getTime());
  const clientOf = options.clientId ?? ((req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown');
  const maxBody = options.maxBody ?? MAX_BODY;

  return async (req, res) => {
    if ((req.url ?? '').split('?')[0] !== REPORTS_PATH) return false;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...CORS,
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': 'Content-Type, Idempotency-Key',
        'access-control-max-age': '86400',
      });
      res.end();
      return true;
    }
    if (req.method !== 'POST') return refuse(req, res, 405, 'use POST', { allow: 'POST, OPTIONS' });

    const client = clientOf(req);
    const wait = limiter.take(client);
    if (wait > 0) return refuse(req, res, 429, 'too many reports from this address; try again later', { 'retry-after': String(wait) });
    if (!isJson(req.headers['content-type'])) return refuse(req, res, 415, 'Content-Type must be application/json');
    const key = idempotencyKey(req);
    if (key === undefined) return refuse(req, res, 400, 'the Idempotency-Key header is required and must equal reportId');

    const body = await readBody(req, maxBody);
    if (!body.ok) return refuse(req, res, 413, `a report is at most ${maxBody} bytes`);
    const parsed = parseJson(body.bytes);
    if (!parsed.ok) return reply(res, 400, { status: 'error', error: parsed.error });
    const checked = checkReport(parsed.value);
    if (!checked.ok) return reply(res, 422, { status: 'error', error: withoutReceived(checked.error) });
    const { report } = checked;
    if (key !== report.reportId) return reply(res, 400, { status: 'error', error: 'the Idempotency-Key header must equal reportId' });

    const result = await options.store.put(report, client, now());
    if (result === 'stored') return reply(res, 201, { status: 'stored', reportId: report.reportId });
    if (result === 'duplicate') return reply(res, 200, { status: 'duplicate', reportId: report.reportId });
    return reply(res, 409, { status: 'conflict', reportId: report.reportId, error: 'a different report is already stored under this reportId' });
  };
}
