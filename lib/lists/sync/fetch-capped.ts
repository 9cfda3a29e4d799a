import { parseRetryAfter } from '../../backoff';
import { t } from '../../i18n';

export type FetchFailure = 'network' | 'timeout' | 'too-large' | 'http';

export class FeedFetchError extends Error {
  constructor(
    readonly code: FetchFailure,
    message: string,
    readonly status?: number,
    readonly retryAfterMs = 0,
  ) {
    super(message);
    this.name = 'FeedFetchError';
  }
}

export interface Fetched {
  /** 304 when the server says the copy named by `etag` is current. */
  status: 200 | 304;
  bytes: Uint8Array;
  etag?: string;
}

export interface FetchOptions {
  maxBytes: number;
  timeoutMs: number;
  etag?: string;
  fetch?: typeof fetch;
  now?: () => number;
}

/**
 * GETs a feed file, refusing more than `maxBytes` while it streams in (a
 * Content-Length over the cap is refused before any body is read), with a
 * timeout for the whole transfer. Caches are bypassed; ETags do that job.
 */
export async function fetchCapped(url: string, options: FetchOptions): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const doFetch = options.fetch ?? fetch;
  try {
    let response: Response;
    try {
      response = await doFetch(url, {
        signal: controller.signal,
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'error',
        headers: options.etag ? { 'If-None-Match': options.etag } : {},
      });
    } catch (error) {
      if (controller.signal.aborted) throw new FeedFetchError('timeout', t('fetch_timeout', url, options.timeoutMs / 1000));
      throw new FeedFetchError('network', t('fetch_unreachable', url, error instanceof Error ? error.message : String(error)));
    }
    if (response.status === 304) return { status: 304, bytes: new Uint8Array(), ...(options.etag ? { etag: options.etag } : {}) };
    if (response.status !== 200) {
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'), (options.now ?? Date.now)());
      await response.body?.cancel().catch(() => undefined);
      throw new FeedFetchError('http', t('fetch_http', url, response.status), response.status, retryAfter);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new FeedFetchError('too-large', t('fetch_too_large_declared', url, declared, options.maxBytes));
    }
    const bytes = await readCapped(response, options.maxBytes, url, controller);
    const etag = response.headers.get('etag') ?? undefined;
    return { status: 200, bytes, ...(etag ? { etag } : {}) };
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(response: Response, maxBytes: number, url: string, controller: AbortController): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        controller.abort();
        throw new FeedFetchError('too-large', t('fetch_too_large', url, maxBytes));
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FeedFetchError) throw error;
    if (controller.signal.aborted) throw new FeedFetchError('timeout', t('fetch_slow', url));
    throw new FeedFetchError('network', t('fetch_failed', url, error instanceof Error ? error.message : String(error)));
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
