import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readBody } from '@/publisher/inbox/body';
import { canonicalJson, hashClient } from '@/publisher/inbox/canonical';
import { categoryOf, categoryOfReport, vendorOf } from '@/publisher/inbox/category';
import { csvField, defuseFormula, toCsv } from '@/publisher/inbox/csv-out';
import { createRateLimiter } from '@/publisher/inbox/rate-limit';
import { makeReport, parseCsv } from './publisher-inbox-helpers';

describe('CSV writing', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [' padded', '" padded"'],
    ['', ''],
  ])('csvField(%j) is %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('any table survives toCsv and an RFC 4180 reader unchanged', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é', '=') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        expect(parseCsv(toCsv(['x', 'y'], rows))).toEqual([['x', 'y'], ...rows]);
      }),
    );
  });

  test('spreadsheet formulas are defused; phone numbers and plain text are not touched', () => {
    for (const formula of ['=HYPERLINK("http://x")', '@SUM(A1)', '+cmd|calc', '-2+3*A1', '\tx', '\r=1']) expect(defuseFormula(formula)).toBe(`'${formula}`);
    for (const safe of ['+18885550142', '+1 (888) 555-0142', '-1', 'Norbury', 'a=b', '["x"]']) expect(defuseFormula(safe)).toBe(safe);
  });
});

describe('token bucket', () => {
  test('burst, then one token per 60/perMinute seconds; Retry-After rounds up; buckets are per client', () => {
    let now = 0;
    const limiter = createRateLimiter({ perMinute: 30, burst: 10 }, () => now);
    for (let i = 0; i < 10; i++) expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(2);
    expect(limiter.take('b')).toBe(0);
    now += 1_500;
    expect(limiter.take('a')).toBe(1);
    now += 500;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(2);
    now += 3_600_000;
    for (let i = 0; i < 10; i++) expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
  });
});

/** A report without the example's opt-in context, so only the given words count. */
function bare(over: Parameters<typeof makeReport>[0]) {
  const { context: _, ...report } = makeReport(over);
  return report;
}

describe('category and vendor of a candidate', () => {
  test('the extension\'s own wording gives the listed category back', () => {
    expect(categoryOfReport(makeReport())).toBe('billing');
    const reasons = (words: string) => bare({ reasons: ['Listed as a scam number by X.', `Used for ${words} pretending to be Norbury.`] });
    expect(categoryOfReport(reasons('fake technical support'))).toBe('tech-support');
    expect(categoryOfReport(reasons('fake refunds'))).toBe('refund');
    expect(categoryOfReport(reasons('fake account-security alerts'))).toBe('account-security');
    expect(categoryOfReport(reasons('scams'))).toBe('other');
  });

  test('otherwise words in the note, subject or excerpt decide; nothing recognisable is other', () => {
    const user = (note: string) => bare({ verdict: 'user', reasons: [], note });
    expect(categoryOfReport(user('They promised a refund of $399'))).toBe('refund');
    expect(categoryOfReport(user('Said my subscription was renewed'))).toBe('billing');
    expect(categoryOfReport(user('My account was hacked, they said'))).toBe('account-security');
    expect(categoryOfReport(user('A pop-up said my computer has a virus'))).toBe('tech-support');
    expect(categoryOfReport(user('Rude caller'))).toBe('other');
    expect(categoryOfReport(makeReport({ verdict: 'user', reasons: [], context: { subject: 'Your plan has been renewed' } }))).toBe('billing');
  });

  test('a number takes its most common category other than other, and its most named vendor id', () => {
    const user = (note: string, vendor?: string) => bare({ verdict: 'user', reasons: [], note, vendor: { name: 'X', ...(vendor ? { id: vendor } : {}) } });
    expect(categoryOf([user('refund'), user('virus', 'b'), user('virus', 'b'), user('rude'), user('rude')])).toBe('tech-support');
    expect(categoryOf([user('refund'), user('invoice')])).toBe('billing');
    expect(categoryOf([user('rude')])).toBe('other');
    expect(vendorOf([user('x', 'a'), user('x', 'b'), user('x', 'b'), user('x')])).toBe('b');
    expect(vendorOf([user('x')])).toBeUndefined();
  });
});

describe('canonical JSON and client hashes', () => {
  test('key order and whitespace do not matter; content does', () => {
    expect(canonicalJson({ b: [1, { d: 1, c: 2 }], a: 'x' })).toBe('{"a":"x","b":[1,{"c":2,"d":1}]}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  test('a client hash depends on the salt and hides the address', () => {
    expect(hashClient('s1', '203.0.113.5')).toMatch(/^[0-9a-f]{64}$/);
    expect(hashClient('s1', '203.0.113.5')).not.toBe(hashClient('s2', '203.0.113.5'));
  });
});

describe('readBody', () => {
  function request(headers: Record<string, string> = {}) {
    const stream = new PassThrough();
    return Object.assign(stream, { headers }) as unknown as IncomingMessage & PassThrough;
  }

  test('refuses by Content-Length before reading a byte', async () => {
    const req = request({ 'content-length': String(16 * 1024 + 1) });
    expect(await readBody(req)).toEqual({ ok: false, tooLarge: true });
    expect(req.readableFlowing).toBeNull();
  });

  test('a body without a length is cut off as soon as it passes the limit, not read to its end', async () => {
    const req = request();
    const result = readBody(req, 10);
    req.write('12345');
    req.write('678901');
    expect(await result).toEqual({ ok: false, tooLarge: true });
    expect(req.listenerCount('data')).toBe(0);
    expect(req.isPaused()).toBe(true);
  });

  test('a body within the limit is returned whole', async () => {
    const req = request();
    const result = readBody(req, 10);
    req.end('0123456789');
    const body = await result;
    expect(body.ok && body.bytes.toString()).toBe('0123456789');
  });
});
