import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FeedFetchError, fetchCapped } from '@/lib/lists/sync/fetch-capped';

let server: Server;
let base: string;
let bodyReads = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/small') return void res.writeHead(200, { etag: '"a"' }).end('hello');
    if (path === '/etag') {
      if (req.headers['if-none-match'] === '"a"') return void res.writeHead(304, { etag: '"a"' }).end();
      return void res.writeHead(200, { etag: '"a"' }).end('fresh');
    }
    if (path === '/declared-large') {
      res.writeHead(200, { 'content-length': String(10_000_000) });
      bodyReads++;
      return void res.end();
    }
    if (path === '/stream-large') {
      // No Content-Length: the cap must hold while the body streams in.
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 50 && res.write(chunk)) sent++;
        if (sent < 50) res.once('drain', pump);
        else res.end();
      };
      pump();
      return;
    }
    if (path === '/slow') return void setTimeout(() => res.writeHead(200).end('late'), 2_000);
    if (path === '/busy') return void res.writeHead(503, { 'retry-after': '120' }).end('busy');
    res.writeHead(404).end('missing');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const get = (path: string, options: { maxBytes?: number; timeoutMs?: number; etag?: string } = {}) =>
  fetchCapped(`${base}${path}`, { maxBytes: options.maxBytes ?? 1024, timeoutMs: options.timeoutMs ?? 1_000, ...(options.etag ? { etag: options.etag } : {}) });

async function failure(promise: Promise<unknown>): Promise<FeedFetchError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(FeedFetchError);
  return error as FeedFetchError;
}

describe('fetchCapped', () => {
  test('returns the bytes and the ETag', async () => {
    const result = await get('/small');
    expect(new TextDecoder().decode(result.bytes)).toBe('hello');
    expect(result).toMatchObject({ status: 200, etag: '"a"' });
  });

  test('a matching ETag gives 304 with no body', async () => {
    expect(await get('/etag', { etag: '"a"' })).toMatchObject({ status: 304, bytes: new Uint8Array() });
    expect(new TextDecoder().decode((await get('/etag', { etag: '"b"' })).bytes)).toBe('fresh');
  });

  test('a declared length over the cap is refused before reading', async () => {
    const error = await failure(get('/declared-large', { maxBytes: 1_000_000 }));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('10000000 bytes');
  });

  test('a body that grows past the cap is cut off', async () => {
    const error = await failure(get('/stream-large', { maxBytes: 256 * 1024, timeoutMs: 5_000 }));
    expect(error.code).toBe('too-large');
  });

  test('a server that does not answer in time is a timeout', async () => {
    const error = await failure(get('/slow', { timeoutMs: 200 }));
    expect(error.code).toBe('timeout');
  });

  test('an HTTP error carries its status and Retry-After', async () => {
    const error = await failure(get('/busy'));
    expect(error).toMatchObject({ code: 'http', status: 503, retryAfterMs: 120_000 });
    expect((await failure(get('/nothing'))).status).toBe(404);
  });

  test('nothing listening is a network error', async () => {
    const error = await failure(fetchCapped('http://127.0.0.1:9/head.json', { maxBytes: 10, timeoutMs: 1_000 }));
    expect(error.code).toBe('network');
  });
});
