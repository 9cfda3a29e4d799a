import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, sep } from 'node:path';

/** Handles a request and returns true, or returns false to let the next handler (finally the static files) try. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface FeedServerOptions {
  /** Tried in order before the feed files, e.g. a later `POST /reports`. */
  routes?: RouteHandler[];
  /** One line per request; silent when absent. */
  log?: (line: string) => void;
}

/**
 * Only the files a feed consists of are served. Anything else in DIR (a
 * vendor's numbers.csv, a stray NAME.key, build temp files) is a 404, and so
 * is every path outside DIR, so a mistake in DIR cannot leak a secret.
 */
const FEED_FILE = /^\/(?:head\.json|key\.json|(?:snapshots|deltas)\/[0-9a-f]{64}\.tsv)$/;

function cacheControl(path: string): string {
  // Snapshots and deltas are named by their hash and never change; head and key must be revalidated every time.
  return path.endsWith('.tsv') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function contentType(path: string): string {
  return path.endsWith('.json') ? 'application/json' : 'text/tab-separated-values; charset=utf-8';
}

/** True when If-None-Match lists this entity tag (weak comparison, as RFC 9110 prescribes for this header) or is `*`. */
function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  // Feeds are public; CORS lets a page or extension read them and their ETag without host permissions.
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag',
};

function send(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text + '\n');
}

/** The static feed server: strong ETags (sha256 of the bytes), conditional GET, cache headers per file kind. */
export function createFeedServer(dir: string, options: FeedServerOptions = {}): Server {
  const etags = new Map<string, { stamp: string; etag: string }>();

  async function serveFile(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (!FEED_FILE.test(pathname)) return send(res, 404, 'not found');
    const base = await realpath(dir);
    const file = await realpath(join(base, ...pathname.slice(1).split('/'))).catch(() => undefined);
    // realpath resolves symlinks, so a link inside DIR pointing elsewhere is refused too.
    if (!file || !file.startsWith(base + sep)) return send(res, 404, 'not found');
    const info = await stat(file);
    if (!info.isFile()) return send(res, 404, 'not found');
    const bytes = await readFile(file);
    const stamp = `${info.ino}:${info.size}:${info.mtimeMs}`;
    let cached = etags.get(file);
    if (cached?.stamp !== stamp) {
      cached = { stamp, etag: `"${createHash('sha256').update(bytes).digest('hex')}"` };
      etags.set(file, cached);
    }
    const headers = { ...COMMON_HEADERS, etag: cached.etag, 'cache-control': cacheControl(pathname) };
    if (matchesIfNoneMatch(req.headers['if-none-match'], cached.etag)) {
      res.writeHead(304, headers);
      return void res.end();
    }
    res.writeHead(200, { ...headers, 'content-type': contentType(pathname), 'content-length': String(bytes.length) });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const route of options.routes ?? []) if (await route(req, res)) return;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...COMMON_HEADERS, 'access-control-allow-methods': 'GET, HEAD', 'access-control-allow-headers': 'If-None-Match', 'access-control-max-age': '86400' });
      return void res.end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://feed.invalid').pathname);
    } catch {
      return send(res, 400, 'bad request');
    }
    await serveFile(req, res, pathname);
  }

  return createServer((req, res) => {
    handle(req, res)
      .catch(() => {
        if (!res.headersSent) send(res, 500, 'internal error');
        else res.destroy();
      })
      .finally(() => options.log?.(`${req.method} ${req.url} ${res.statusCode}`));
  });
}
