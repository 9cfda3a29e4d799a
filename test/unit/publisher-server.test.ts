import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFeedServer } from '@/publisher/server';

const SNAPSHOT = 'hangup-snapshot 1 f 1 0\n';
const SHA = createHash('sha256').update(SNAPSHOT).digest('hex');
const HEAD = '{"payloadType":"x","payload":"","signatures":[]}\n';
const etagOf = (text: string) => `"${createHash('sha256').update(text).digest('hex')}"`;

let root: string;
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'hangup-serve-'));
  dir = join(root, 'feed');
  await mkdir(join(dir, 'snapshots'), { recursive: true });
  await writeFile(join(dir, 'head.json'), HEAD);
  await writeFile(join(dir, 'key.json'), '{}\n');
  await writeFile(join(dir, 'snapshots', `${SHA}.tsv`), SNAPSHOT);
  // Things a vendor might leave in the folder by mistake: none of them may be served.
  await writeFile(join(dir, 'norbury.key'), 'secret\n');
  await writeFile(join(dir, 'numbers.csv'), 'number\n');
  await writeFile(join(dir, '.abc.tmp'), 'partial');
  await writeFile(join(root, 'outside.json'), 'outside');
  await symlink(join(root, 'outside.json'), join(dir, 'snapshots', `${'e'.repeat(64)}.tsv`));
  server = createFeedServer(dir, {
    routes: [
      (req, res) => {
        if (req.method !== 'POST' || req.url !== '/reports') return false;
        res.writeHead(202).end();
        return true;
      },
    ],
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true, force: true });
});

describe('createFeedServer', () => {
  test('serves head.json with a strong sha256 ETag and no-cache', async () => {
    const response = await fetch(`${base}/head.json`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(HEAD);
    expect(response.headers.get('etag')).toBe(etagOf(HEAD));
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('answers 304 to a matching If-None-Match, and 200 to a stale one', async () => {
    const etag = etagOf(HEAD);
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = await fetch(`${base}/head.json`, { headers: { 'if-none-match': header } });
      expect(response.status, header).toBe(304);
      expect(response.headers.get('etag')).toBe(etag);
      expect(await response.text()).toBe('');
    }
    expect((await fetch(`${base}/head.json`, { headers: { 'if-none-match': '"stale"' } })).status).toBe(200);
  });

  test('a changed file gets a new ETag', async () => {
    const next = HEAD.replace('"x"', '"y"');
    await writeFile(join(dir, 'head.json'), next);
    try {
      expect((await fetch(`${base}/head.json`)).headers.get('etag')).toBe(etagOf(next));
    } finally {
      await writeFile(join(dir, 'head.json'), HEAD);
    }
  });

  test('serves snapshots as immutable tab-separated text', async () => {
    const response = await fetch(`${base}/snapshots/${SHA}.tsv`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(SNAPSHOT);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('text/tab-separated-values; charset=utf-8');
  });

  test('HEAD gives the headers without a body', async () => {
    const response = await fetch(`${base}/key.json`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('3');
    expect(await response.text()).toBe('');
  });

  test.each([
    ['the folder itself (no listing)', '/'],
    ['a sub-folder', '/snapshots/'],
    ['a secret key left in the folder', '/norbury.key'],
    ['the vendor’s CSV', '/numbers.csv'],
    ['a temporary file of a build', '/.abc.tmp'],
    ['a missing snapshot', `/snapshots/${'0'.repeat(64)}.tsv`],
    ['a file outside the folder', '/../outside.json'],
    ['an encoded path outside the folder', '/%2e%2e/outside.json'],
    ['an encoded slash', '/snapshots%2f..%2f..%2foutside.json'],
    ['a symlink pointing outside the folder', `/snapshots/${'e'.repeat(64)}.tsv`],
  ])('404 for %s', async (_name, path) => {
    // A raw request, so the client does not normalise the path first.
    const response = await rawGet(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside');
    expect(response.body).not.toContain('secret');
  });

  test('405 for other methods, with Allow', async () => {
    const response = await fetch(`${base}/head.json`, { method: 'PUT', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  test('extra routes run first (room for POST /reports)', async () => {
    expect((await fetch(`${base}/reports`, { method: 'POST', body: '{}' })).status).toBe(202);
  });

  test('a malformed percent-encoding is a 400', async () => {
    expect((await rawGet('/%E0%A4%A.json')).status).toBe(400);
  });
});

async function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(`${base}/`, { path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
