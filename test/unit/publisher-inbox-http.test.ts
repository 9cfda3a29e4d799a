import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openStore } from '@/publisher/inbox/open-store';
import { createInboxRoute, type InboxOptions } from '@/publisher/inbox/route';
import type { ReportStore } from '@/publisher/inbox/store';
import { createFeedServer } from '@/publisher/server';
import { EXAMPLE, listen, makeReport, post, stop } from './publisher-inbox-helpers';

const GENEROUS = { perMinute: 60_000, burst: 10_000 };

interface Inbox {
  base: string;
  store: ReportStore;
  close(): Promise<void>;
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A real feed server with the inbox route, on 127.0.0.1 port 0, storing into SQLite in `dir`. */
async function startInbox(options: Partial<InboxOptions> = {}, dir?: string): Promise<Inbox & { dir: string }> {
  const folder = dir ?? (await mkdtemp(join(tmpdir(), 'hangup-inbox-http-')));
  if (!dir) dirs.push(folder);
  const store = await openStore(folder, undefined);
  const server: Server = createFeedServer(folder, { routes: [createInboxRoute({ store, rateLimit: GENEROUS, ...options })] });
  const base = await listen(server);
  return {
    base,
    store,
    dir: folder,
    async close() {
      await stop(server);
      await store.close();
    },
  };
}

describe('POST /reports', () => {
  let inbox: Awaited<ReturnType<typeof startInbox>>;
  beforeAll(async () => {
    inbox = await startInbox();
  });
  afterAll(() => inbox.close());

  test('publisher/examples/report.json is stored: 201; a repeat is 200 duplicate; one row', async () => {
    const first = await post(inbox.base, EXAMPLE);
    expect(first.status).toBe(201);
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(await first.json()).toEqual({ status: 'stored', reportId: EXAMPLE.reportId });
    const again = await post(inbox.base, EXAMPLE);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: 'duplicate', reportId: EXAMPLE.reportId });
    expect((await inbox.store.list()).filter((s) => s.report.reportId === EXAMPLE.reportId)).toHaveLength(1);
  });

  test('the same id with a different body is 409 and the first report stays', async () => {
    const report = makeReport();
    expect((await post(inbox.base, report)).status).toBe(201);
    const changed = await post(inbox.base, { ...report, note: 'something else' });
    expect(changed.status).toBe(409);
    expect(await changed.json()).toMatchObject({ status: 'conflict', reportId: report.reportId });
    expect((await inbox.store.list()).find((s) => s.report.reportId === report.reportId)?.report).toEqual(report);
  });

  test('20 concurrent identical POSTs store exactly one report', async () => {
    const report = makeReport();
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(inbox.base, report)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array<number>(18).fill(200), 201].sort());
    expect((await inbox.store.list()).filter((s) => s.report.reportId === report.reportId)).toHaveLength(1);
  });

  test('a body that is not JSON is 400; not UTF-8 is 400', async () => {
    const report = makeReport();
    const bad = await post(inbox.base, '{"schema":', { 'idempotency-key': report.reportId });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ status: 'error', error: 'body is not JSON' });
    const latin1 = await fetch(`${inbox.base}/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': report.reportId },
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
    });
    expect(latin1.status).toBe(400);
  });

  test.each([
    ['number.e164', { number: { e164: '0888555', asSeen: 'x' } }],
    ['channel', { channel: 'fax' }],
    ['note', { note: 'x'.repeat(1001) }],
    ['context.origin', { context: { origin: 'https://example.com/path' } }],
    ['extra', { extra: 1 }],
  ])('a schema error is 422 naming the field (%s)', async (field, change) => {
    const response = await post(inbox.base, { ...makeReport(), ...change });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: string };
    expect(body.error.startsWith(field) || body.error.includes(field)).toBe(true);
  });

  test('a missing field is 422 naming it', async () => {
    const { vendor: _, ...rest } = makeReport();
    const response = await post(inbox.base, rest);
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: string }).error).toMatch(/^vendor: /);
  });

  test('report text is never reflected as HTML: errors are JSON with nosniff and a closed CSP', async () => {
    for (const change of [{ channel: '<script>alert(1)</script>' }, { '<img src=x onerror=alert(1)>': 1 }]) {
      const response = await post(inbox.base, { ...makeReport(), ...change });
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      const text = await response.text();
      expect(text).not.toMatch(/[<>]/);
      expect(text).not.toContain('alert(1)</script>');
    }
  });

  test('Idempotency-Key missing or different from reportId is 400; the quoted RFC 8941 form is accepted', async () => {
    const report = makeReport();
    const missing = await fetch(`${inbox.base}/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(report) });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: string }).error).toMatch(/Idempotency-Key/);
    const other = await post(inbox.base, report, { 'idempotency-key': makeReport().reportId });
    expect(other.status).toBe(400);
    expect((await inbox.store.list()).some((s) => s.report.reportId === report.reportId)).toBe(false);
    expect((await post(inbox.base, report, { 'idempotency-key': `"${report.reportId}"` })).status).toBe(201);
  });

  test('a body over 16 KiB is 413, refused by its Content-Length and, when chunked, as soon as it passes the limit', async () => {
    const report = makeReport();
    const big = JSON.stringify({ ...report, note: 'x'.repeat(17 * 1024) });
    expect((await post(inbox.base, big, { 'idempotency-key': report.reportId })).status).toBe(413);
    // Chunked, so no Content-Length to refuse by; bounded at 1 MiB, sent slowly enough for the answer to come first.
    const chunk = new TextEncoder().encode(' '.repeat(4096));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        if ((sent += chunk.length) > 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const chunked = await fetch(`${inbox.base}/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': report.reportId },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(chunked.headers.get('connection')).toBe('close');
    expect((await inbox.store.list()).some((s) => s.report.reportId === report.reportId)).toBe(false);
  });

  test('a Content-Type other than application/json is 415', async () => {
    const report = makeReport();
    expect((await post(inbox.base, report, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post(inbox.base, report, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(201);
  });

  test('OPTIONS preflight allows POST with Content-Type and Idempotency-Key from any origin; GET is 405', async () => {
    const preflight = await fetch(`${inbox.base}/reports`, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Content-Type, Idempotency-Key');
    const get = await fetch(`${inbox.base}/reports`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');
  });

  test('the feed files are still served beside the inbox, and the database never is', async () => {
    expect((await fetch(`${inbox.base}/reports.sqlite`)).status).toBe(404);
    expect((await fetch(`${inbox.base}/head.json`)).status).toBe(404);
  });
});

describe('rate limit per client', () => {
  test('past the burst a client gets 429 with Retry-After; other clients are not affected; tokens come back', async () => {
    let clock = Date.parse('2026-11-20T10:00:00Z');
    const inbox = await startInbox({
      rateLimit: { perMinute: 2, burst: 3 },
      now: () => new Date(clock),
      clientId: (req) => String(req.headers['x-test-client']),
    });
    try {
      const as = (client: string) => post(inbox.base, makeReport(), { 'x-test-client': client });
      for (let i = 0; i < 3; i++) expect((await as('a')).status).toBe(201);
      const limited = await as('a');
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('30');
      expect(limited.headers.get('access-control-expose-headers')).toContain('Retry-After');
      expect((await as('b')).status).toBe(201);
      clock += 29_000;
      expect((await as('a')).status).toBe(429);
      clock += 1_000;
      expect((await as('a')).status).toBe(201);
    } finally {
      await inbox.close();
    }
  });

  test('the default client is the remote address', async () => {
    const inbox = await startInbox({ rateLimit: { perMinute: 1, burst: 1 } });
    try {
      expect((await post(inbox.base, makeReport())).status).toBe(201);
      expect((await post(inbox.base, makeReport())).status).toBe(429);
      expect((await inbox.store.list()).length).toBe(1);
    } finally {
      await inbox.close();
    }
  });
});

test('durable: after the server and store are closed, the same DIR reopened has the reports', async () => {
  const first = await startInbox();
  const reports = [makeReport(), makeReport()];
  for (const report of reports) expect((await post(first.base, report)).status).toBe(201);
  await first.close();
  const second = await startInbox({}, first.dir);
  try {
    expect((await second.store.list()).map((s) => s.report)).toEqual(reports);
    expect((await post(second.base, reports[0])).status).toBe(200);
  } finally {
    await second.close();
  }
});
