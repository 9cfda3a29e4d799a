import { afterEach, describe, expect, test, vi } from 'vitest';
import { fromBase64, toBase64, utf8 } from '@/lib/lists/feed/bytes';
import { ROTATION_TYPE, encodeEnvelope, type Envelope } from '@/lib/lists/feed/envelope';
import { MAX_HEAD_BYTES, MAX_LIST_BYTES, checkHead, deltaChain, encodeHead, parseHead, type Head, type HeadCheck } from '@/lib/lists/feed/head';
import { vendor } from './fixtures';
import { NOW, SEED_A, SEED_B, flipByte, makeHead, publicKeyOf, signedHead } from './feed-helpers';

const SHA_3 = '3'.repeat(64);
const headJson = (overrides: Partial<Head> = {}) => new TextDecoder().decode(encodeHead(makeHead(overrides)));
const list = (overrides: Partial<Head['list']>) => ({ ...makeHead().list, ...overrides });

async function check(bytes: Uint8Array | Promise<Uint8Array>, overrides: Partial<HeadCheck> = {}) {
  return checkHead(await bytes, { feedId: 'test-feed', publicKey: await publicKeyOf(SEED_A), floor: { version: 4, listVersion: 3 }, now: NOW, ...overrides });
}

/** A valid signed head with its envelope changed after signing. */
async function tamper(change: (envelope: Envelope) => Envelope): Promise<Uint8Array> {
  const envelope = JSON.parse(new TextDecoder().decode(await signedHead(makeHead()))) as Envelope;
  return encodeEnvelope(change(envelope));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('checkHead', () => {
  test('accepts a valid head signed by the pinned key and returns its keyid', async () => {
    const result = await check(signedHead(makeHead()));
    expect(result).toMatchObject({ ok: true, head: makeHead(), keyId: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  test('accepts any version when nothing is stored yet (no floor)', async () => {
    expect((await check(signedHead(makeHead({ version: 1 })), { floor: undefined })).ok).toBe(true);
  });

  test('accepts a higher head version with the same list version (a re-signed head)', async () => {
    expect((await check(signedHead(makeHead({ version: 9 })), { floor: { version: 8, listVersion: 3 } })).ok).toBe(true);
  });

  test('accepts a version of 2^53−1 (a fast-forward by whoever holds the key; FORMAT.md notes the feed then needs a new id)', async () => {
    expect((await check(signedHead(makeHead({ version: Number.MAX_SAFE_INTEGER })))).ok).toBe(true);
  });

  test('accepts an issuedAt up to 10 minutes ahead of the clock, and a tiny poll hint (the client clamps it)', async () => {
    const head = makeHead({ issuedAt: new Date(NOW + 9 * 60_000).toISOString(), poll: { seconds: 1 } });
    expect((await check(signedHead(head))).ok).toBe(true);
  });

  type Case = [string, () => Promise<Uint8Array>, Partial<HeadCheck>, string, RegExp?];
  const cases: Case[] = [
    ['one flipped payload byte', () => tamper((e) => ({ ...e, payload: toBase64(flipByte(fromBase64(e.payload)!, 40)) })), {}, 'bad-signature', /does not verify/],
    ['one flipped signature byte', () => tamper((e) => ({ ...e, signatures: [{ ...e.signatures[0]!, sig: toBase64(flipByte(fromBase64(e.signatures[0]!.sig)!, 20)) }] })), {}, 'bad-signature', /does not verify/],
    ['one flipped byte anywhere in the file’s payload text', async () => flipByte(await signedHead(makeHead()), 80), {}, 'bad-signature'],
    ['a head signed by another key', () => signedHead(makeHead(), SEED_B), {}, 'bad-signature', /no signature by key/],
    ['another feed’s head, signed by that feed’s key', () => signedHead(makeHead({ feedId: 'other-feed' }), SEED_B), {}, 'bad-signature'],
    ['another feed’s head signed by a key both feeds share', () => signedHead(makeHead({ feedId: 'other-feed' })), {}, 'wrong-feed', /other-feed/],
    ['a rotation envelope served as head.json', () => signedHead(headJson(), SEED_A, ROTATION_TYPE), {}, 'bad-signature', /payloadType/],
    ['a lower head version (rollback)', () => signedHead(makeHead({ version: 3 })), {}, 'rollback', /older than the stored 4/],
    ['the same head version', () => signedHead(makeHead({ version: 4 })), {}, 'same-version'],
    ['a lower list version under a higher head version', () => signedHead(makeHead({ version: 6, list: list({ version: 2, deltas: [] }) })), {}, 'rollback', /list version 2/],
    ['an expired head', () => signedHead(makeHead({ issuedAt: '2026-01-01T00:00:00Z', expires: '2026-02-01T00:00:00Z' })), {}, 'expired'],
    ['a head expiring exactly now', () => signedHead(makeHead({ expires: new Date(NOW).toISOString() })), {}, 'expired'],
    ['an issuedAt 11 minutes in the future', () => signedHead(makeHead({ issuedAt: new Date(NOW + 11 * 60_000).toISOString() })), {}, 'future'],
    ['an issuedAt a year in the future', () => signedHead(makeHead({ issuedAt: '2027-03-01T00:00:00Z', expires: '2027-04-01T00:00:00Z' })), {}, 'future'],
    ['an HTML error page served with 200', async () => utf8('<!DOCTYPE html><html><body>502 Bad Gateway</body></html>'), {}, 'not-json', /HTML/],
    ['an HTML page after a BOM and whitespace', async () => Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('\r\n  <html>')), {}, 'not-json', /HTML/],
    ['malformed JSON', async () => utf8('{"payloadType": "application/vnd.hangup.feed-head+json",'), {}, 'not-json', /not JSON/],
    ['JSON after a BOM', async () => Uint8Array.of(0xef, 0xbb, 0xbf, ...(await signedHead(makeHead()))), {}, 'not-json'],
    ['an empty body', async () => new Uint8Array(), {}, 'not-json'],
    ['duplicate keys in the head ({"version":5,"version":99})', () => signedHead(headJson().replace('"version":5', '"version":5,"version":99')), {}, 'bad-head', /duplicate key "version"/],
    ['a __proto__ key in the head', () => signedHead(headJson().replace('{', '{"__proto__":{"polluted":true},')), {}, 'bad-head', /forbidden key "__proto__"/],
    ['a constructor key in a vendor', () => signedHead(headJson().replace('"id":"acme"', '"constructor":{"prototype":{"polluted":true}},"id":"acme"')), {}, 'bad-head', /forbidden key "constructor"/],
    ['an escaped __proto__ key', () => signedHead(headJson().replace('{', '{"\\u005f_proto__":{"polluted":true},')), {}, 'bad-head', /forbidden key "__proto__"/],
    ['an unknown key in the head', () => signedHead(headJson().replace('{', '{"mirror":"http://x",')), {}, 'bad-head', /mirror/],
    ['an unknown key in list', () => signedHead(headJson().replace('"list":{', '"list":{"pattern":".*",')), {}, 'bad-head', /pattern/],
    ['version 1.5', () => signedHead(headJson().replace('"version":5', '"version":1.5')), { floor: undefined }, 'bad-head', /^version/],
    ['version "12" (a string)', () => signedHead(headJson().replace('"version":5', '"version":"12"')), { floor: undefined }, 'bad-head', /^version/],
    ['version 1e400', () => signedHead(headJson().replace('"version":5', '"version":1e400')), { floor: undefined }, 'bad-head', /^version/],
    ['version -1', () => signedHead(headJson().replace('"version":5', '"version":-1')), { floor: undefined }, 'bad-head', /^version/],
    ['version 0', () => signedHead(headJson().replace('"version":5', '"version":0')), { floor: undefined }, 'bad-head', /^version/],
    ['version above MAX_SAFE_INTEGER', () => signedHead(headJson().replace('"version":5', '"version":9007199254740993')), { floor: undefined }, 'bad-head', /^version/],
    ['a snapshot path with ..', () => signedHead(makeHead({ list: list({ snapshot: { path: `snapshots/../${SHA_3}.tsv`, sha256: SHA_3, length: 9 } }) })), {}, 'bad-head', /snapshot\.path/],
    ['a snapshot path with a scheme', () => signedHead(makeHead({ list: list({ snapshot: { path: `https://evil.example/snapshots/${SHA_3}.tsv`, sha256: SHA_3, length: 9 } }) })), {}, 'bad-head', /snapshot\.path/],
    ['an absolute snapshot path', () => signedHead(makeHead({ list: list({ snapshot: { path: `/snapshots/${SHA_3}.tsv`, sha256: SHA_3, length: 9 } }) })), {}, 'bad-head', /snapshot\.path/],
    ['a snapshot path in deltas/', () => signedHead(makeHead({ list: list({ snapshot: { path: `deltas/${SHA_3}.tsv`, sha256: SHA_3, length: 9 } }) })), {}, 'bad-head', /snapshot\.path/],
    ['a snapshot path that does not name its sha256', () => signedHead(makeHead({ list: list({ snapshot: { path: `snapshots/${SHA_3}.tsv`, sha256: '4'.repeat(64), length: 9 } }) })), {}, 'bad-head', /must name the file/],
    ['an upper-case sha256', () => signedHead(makeHead({ list: list({ snapshot: { path: `snapshots/${'A'.repeat(64)}.tsv`, sha256: 'A'.repeat(64), length: 9 } }) })), {}, 'bad-head'],
    ['a committed snapshot length over the list cap', () => signedHead(makeHead({ list: list({ snapshot: { ...makeHead().list.snapshot, length: MAX_LIST_BYTES + 1 } }) })), {}, 'bad-head', /length/],
    ['a count over the entry cap', () => signedHead(makeHead({ list: list({ count: 2_000_001 }) })), {}, 'bad-head', /count/],
    ['a delta from the current list version', () => signedHead(makeHead({ list: list({ deltas: [{ ...makeHead().list.deltas[0]!, from: 3 }] }) })), {}, 'bad-head', /deltas must be sorted/],
    ['deltas out of order', () => {
      const [d] = makeHead().list.deltas;
      return signedHead(makeHead({ list: list({ deltas: [{ ...d!, from: 2 }, { ...d!, from: 1 }] }) }));
    }, {}, 'bad-head', /deltas must be sorted/],
    ['no vendors', () => signedHead(makeHead({ vendors: [] })), {}, 'bad-head', /at least one vendor/],
    ['two vendors with one id', () => signedHead(makeHead({ vendors: [vendor('acme'), vendor('acme')] })), {}, 'bad-head', /unique/],
    ['a vendor report URL over http', () => signedHead(makeHead({ vendors: [vendor('acme', { reportUrl: 'http://acme.example/r' })] })), {}, 'bad-head', /https/],
    ['expires before issuedAt', () => signedHead(makeHead({ expires: '2026-03-01T10:00:00Z' })), {}, 'bad-head', /expires must be after/],
    ['a timestamp with an offset', () => signedHead(makeHead({ issuedAt: '2026-03-01T12:00:00+01:00' })), {}, 'bad-head', /^issuedAt/],
    ['February 30', () => signedHead(makeHead({ issuedAt: '2026-02-30T12:00:00Z' })), {}, 'bad-head', /^issuedAt: not a real date/],
    ['a date without a time', () => signedHead(makeHead({ expires: '2026-04-01' })), {}, 'bad-head', /^expires/],
    ['a poll hint of 0 seconds', () => signedHead(makeHead({ poll: { seconds: 0 } })), {}, 'bad-head', /^poll\.seconds/],
  ];

  test.each(cases)('rejects %s', async (_name, bytes, overrides, code, error) => {
    const result = await check(bytes(), overrides);
    expect(result).toMatchObject({ ok: false, code });
    if (error) expect(!result.ok && result.error).toMatch(error);
  });

  test('refuses an oversized head before parsing it (JSON.parse is never called)', async () => {
    const valid = await signedHead(makeHead());
    const padded = new Uint8Array(MAX_HEAD_BYTES + 1).fill(0x20);
    padded.set(valid);
    const parse = vi.spyOn(JSON, 'parse');
    expect(await check(padded)).toMatchObject({ ok: false, code: 'too-large' });
    expect(await check(utf8(`{"payload":"${'A'.repeat(10 * 1024 * 1024)}"}`))).toMatchObject({ ok: false, code: 'too-large' });
    expect(parse).not.toHaveBeenCalled();
  });

  test('survives deep nesting inside the byte cap', async () => {
    const depth = MAX_HEAD_BYTES / 2 - 1;
    const result = await check(utf8('['.repeat(depth) + ']'.repeat(depth)));
    expect(result.ok).toBe(false);
  });

  test('a __proto__ or constructor key never pollutes Object.prototype', async () => {
    for (const payload of [
      headJson().replace('{', '{"__proto__":{"polluted":true},'),
      headJson().replace('"poll":{', '"poll":{"constructor":{"prototype":{"polluted":true}},'),
    ]) {
      await check(signedHead(payload));
      expect(parseHead(utf8(payload)).ok).toBe(false);
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('parseHead and encodeHead', () => {
  test('round-trip, with optional vendor fields left out rather than null', () => {
    const head = makeHead({ vendors: [vendor('acme', { reportEmail: 'abuse@acme.example' })] });
    const bytes = encodeHead(head);
    expect(new TextDecoder().decode(bytes)).not.toContain('reportUrl');
    expect(parseHead(bytes)).toEqual({ ok: true, head });
  });
});

describe('deltaChain', () => {
  const [d] = makeHead().list.deltas;
  const head = makeHead({ list: list({ version: 7, deltas: [4, 5, 6].map((from) => ({ ...d!, from })) }) });

  test('leads from a listed version to list.version, each delta to the next one’s from', () => {
    expect(deltaChain(head, 5)?.map(({ from, to }) => [from, to])).toEqual([[5, 6], [6, 7]]);
    expect(deltaChain(head, 4)?.map(({ from, to }) => [from, to])).toEqual([[4, 5], [5, 6], [6, 7]]);
  });

  test('is undefined for a version the chain does not start from (fetch the snapshot)', () => {
    expect(deltaChain(head, 3)).toBeUndefined();
    expect(deltaChain(head, 7)).toBeUndefined();
  });
});
