import * as ed from '@noble/ed25519';
import { describe, expect, test } from 'vitest';
import { fromBase64, fromHex, toBase64, toHex, utf8 } from '@/lib/lists/feed/bytes';
import {
  HEAD_TYPE,
  ROTATION_TYPE,
  encodeEnvelope,
  isValidPublicKey,
  keyIdOf,
  openEnvelope,
  pae,
  signEnvelope,
  verifySignature,
  type Envelope,
} from '@/lib/lists/feed/envelope';
import { SEED_A, SEED_B, flipByte, publicKeyOf } from './feed-helpers';

const hex = (text: string) => fromHex(text)!;
const PAYLOAD = utf8('{"hello":"world"}');
/** The group order of Ed25519; a canonical S is below it. */
const L = 2n ** 252n + 27742317777372353535851937790883648493n;

async function signed(payload = PAYLOAD, seed = SEED_A, type = HEAD_TYPE): Promise<Envelope> {
  return signEnvelope(type, payload, seed);
}

const open = async (envelope: Envelope | string | Uint8Array, publicKey?: Uint8Array) =>
  openEnvelope(
    envelope instanceof Uint8Array ? envelope : typeof envelope === 'string' ? utf8(envelope) : encodeEnvelope(envelope),
    HEAD_TYPE,
    publicKey ?? (await publicKeyOf(SEED_A)),
  );

function withSig(envelope: Envelope, change: (sig: Uint8Array) => Uint8Array): Envelope {
  const sig = change(fromBase64(envelope.signatures[0]!.sig)!);
  return { ...envelope, signatures: [{ keyid: envelope.signatures[0]!.keyid, sig: toBase64(sig) }] };
}

describe('pae', () => {
  test('is the DSSE v1 encoding with byte lengths in decimal', () => {
    expect(new TextDecoder().decode(pae('type/x', utf8('héllo')))).toBe('DSSEv1 6 type/x 6 héllo');
    expect(new TextDecoder().decode(pae(HEAD_TYPE, new Uint8Array()))).toBe(`DSSEv1 ${HEAD_TYPE.length} ${HEAD_TYPE} 0 `);
  });
});

describe('keyIdOf', () => {
  test('is the hex SHA-256 of the raw key', async () => {
    const key = await publicKeyOf(SEED_A);
    expect(await keyIdOf(key)).toBe(toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', key))));
  });
  test('refuses anything but 32 bytes', async () => {
    await expect(keyIdOf(new Uint8Array(31))).rejects.toThrow(/32 bytes/);
  });
});

describe('openEnvelope', () => {
  test('accepts a valid envelope and returns the payload bytes', async () => {
    expect(await open(await signed())).toEqual({ ok: true, payload: PAYLOAD });
  });

  test('ignores a signature by another key beside a valid one, in either order', async () => {
    const mine = await signed();
    const theirs = await signed(PAYLOAD, SEED_B);
    for (const signatures of [[...theirs.signatures, ...mine.signatures], [...mine.signatures, ...theirs.signatures]]) {
      expect((await open({ ...mine, signatures })).ok).toBe(true);
    }
  });

  test.each<[string, (e: Envelope) => Envelope | string, 'not-json' | 'bad-envelope' | 'bad-signature', RegExp]>([
    ['one flipped payload byte', (e) => ({ ...e, payload: toBase64(flipByte(fromBase64(e.payload)!, 3)) }), 'bad-signature', /does not verify/],
    ['one flipped signature byte (R)', (e) => withSig(e, (s) => flipByte(s, 0)), 'bad-signature', /does not verify/],
    ['one flipped signature byte (S)', (e) => withSig(e, (s) => flipByte(s, 40)), 'bad-signature', /does not verify/],
    ['a 63-byte signature', (e) => withSig(e, (s) => s.slice(0, 63)), 'bad-envelope', /63 bytes, not 64/],
    ['a 65-byte signature', (e) => withSig(e, (s) => Uint8Array.of(...s, 0)), 'bad-envelope', /65 bytes, not 64/],
    ['a signature that is not base64', (e) => ({ ...e, signatures: [{ ...e.signatures[0]!, sig: '!!!!' }] }), 'bad-envelope', /not canonical base64/],
    ['URL-safe base64', (e) => ({ ...e, payload: '-' + e.payload.slice(1) }), 'bad-envelope', /payload is not canonical base64/],
    ['base64 without its padding', (e) => ({ ...e, payload: toBase64(utf8('{}')).replace(/=+$/, '') }), 'bad-envelope', /payload is not canonical base64/],
    ['base64 with stray low bits ("e31=" for "{}")', (e) => ({ ...e, payload: 'e31=' }), 'bad-envelope', /payload is not canonical base64/],
    ['a payload with a newline in its base64', (e) => ({ ...e, payload: e.payload.slice(0, 4) + '\n' + e.payload.slice(4) }), 'bad-envelope', /payload is not canonical base64/],
    ['signatures: []', (e) => ({ ...e, signatures: [] }), 'bad-envelope', /no signatures/],
    ['a missing sig', (e) => JSON.stringify({ ...e, signatures: [{ keyid: e.signatures[0]!.keyid }] }), 'bad-envelope', /sig/],
    ['a missing keyid', (e) => JSON.stringify({ ...e, signatures: [{ sig: e.signatures[0]!.sig }] }), 'bad-envelope', /keyid/],
    ['an upper-case keyid', (e) => ({ ...e, signatures: [{ ...e.signatures[0]!, keyid: e.signatures[0]!.keyid.toUpperCase() }] }), 'bad-envelope', /keyid must be/],
    ['only a signature whose keyid is another key', (e) => ({ ...e, signatures: [{ ...e.signatures[0]!, keyid: 'b'.repeat(64) }] }), 'bad-signature', /no signature by key/],
    ['the right key\'s valid signature beside a bad one claiming the same key', (e) => ({ ...e, signatures: [...e.signatures, withSig(e, (s) => flipByte(s, 5)).signatures[0]!] }), 'bad-signature', /does not verify/],
    ['17 signatures', (e) => ({ ...e, signatures: Array.from({ length: 17 }, () => e.signatures[0]!) }), 'bad-envelope', /too many/],
    ['a rotation payloadType served as head', (e) => ({ ...e, payloadType: ROTATION_TYPE }), 'bad-envelope', /payloadType is/],
    ['an extra top-level key', (e) => JSON.stringify({ ...e, note: 'x' }), 'bad-envelope', /note/],
    ['an extra key on a signature', (e) => JSON.stringify({ ...e, signatures: [{ ...e.signatures[0], alg: 'none' }] }), 'bad-envelope', /alg/],
    ['a duplicated payload key', (e) => `{"payloadType":"${HEAD_TYPE}","payload":"${e.payload}","payload":"e30=","signatures":${JSON.stringify(e.signatures)}}`, 'not-json', /duplicate key "payload"/],
    ['JSON that is an array', () => '[]', 'bad-envelope', /envelope/],
    ['text that is not JSON', () => 'hello', 'not-json', /not JSON/],
    ['JSON with trailing garbage', (e) => JSON.stringify(e) + 'x', 'not-json', /not JSON/],
    ['JSON after a BOM', (e) => '\uFEFF' + JSON.stringify(e), 'not-json', /not JSON/],
  ])('rejects %s', async (_name, change, code, error) => {
    const result = await open(change(await signed()));
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.error).toMatch(error);
  });

  test('rejects bytes that are not UTF-8', async () => {
    expect(await open(Uint8Array.of(0x7b, 0xff, 0x7d))).toMatchObject({ ok: false, code: 'not-json', error: 'not UTF-8' });
  });

  test('rejects a valid envelope checked against the wrong key', async () => {
    expect(await open(await signed(), await publicKeyOf(SEED_B))).toMatchObject({ ok: false, code: 'bad-signature', error: expect.stringMatching(/no signature by key/) });
  });

  test('rejects a signature whose keyid names the pinned key but which another key made', async () => {
    const envelope = await signed(PAYLOAD, SEED_B);
    const forged = { ...envelope, signatures: [{ ...envelope.signatures[0]!, keyid: await keyIdOf(await publicKeyOf(SEED_A)) }] };
    expect(await open(forged)).toMatchObject({ ok: false, code: 'bad-signature', error: expect.stringMatching(/does not verify/) });
  });

  test('rejects flipping any raw byte of the file inside the payload or signature text', async () => {
    const bytes = encodeEnvelope(await signed());
    const text = new TextDecoder().decode(bytes);
    const positions = [text.indexOf('"payload":"') + 15, text.indexOf('"sig":"') + 10, text.indexOf('"sig":"') + 60];
    for (const at of positions) expect((await open(flipByte(bytes, at))).ok).toBe(false);
  });
});

describe('Ed25519 strictness', () => {
  const rfc8032 = [
    {
      secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
      publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
      message: '',
      signature: 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    },
    {
      secret: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
      publicKey: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
      message: '72',
      signature: '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
    },
  ];

  test.each(rfc8032)('RFC 8032 vector %#: key, signature and verification, agreeing with WebCrypto', async (vector) => {
    const [secret, publicKey, message, signature] = [hex(vector.secret), hex(vector.publicKey), hex(vector.message), hex(vector.signature)];
    expect(toHex(await ed.getPublicKeyAsync(secret))).toBe(vector.publicKey);
    expect(toHex(await ed.signAsync(message, secret))).toBe(vector.signature);
    expect(await verifySignature(signature, message, publicKey)).toBe(true);
    const native = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
    expect(await crypto.subtle.verify('Ed25519', native, signature, message)).toBe(true);
  });

  test('rejects a non-canonical S (S + L), which the equation alone would accept', async () => {
    const vector = rfc8032[0]!;
    const signature = hex(vector.signature);
    let s = 0n;
    for (let i = 63; i >= 32; i--) s = (s << 8n) | BigInt(signature[i]!);
    const bigS = s + L;
    const malleable = signature.slice();
    for (let i = 0; i < 32; i++) malleable[32 + i] = Number((bigS >> BigInt(8 * i)) & 0xffn);
    expect(await verifySignature(malleable, new Uint8Array(), hex(vector.publicKey))).toBe(false);
  });

  test('rejects the identity (small-order) key that ZIP-215 would accept with S = 0', async () => {
    const identity = Uint8Array.of(1, ...new Array(31).fill(0));
    const signature = Uint8Array.of(1, ...new Array(63).fill(0)); // R = identity, S = 0
    expect(await ed.verifyAsync(signature, PAYLOAD, identity, { zip215: true })).toBe(true);
    expect(await verifySignature(signature, PAYLOAD, identity)).toBe(false);
    expect(isValidPublicKey(identity)).toBe(false);
  });

  test('rejects a non-canonical point encoding (y not reduced mod p)', () => {
    const nonCanonical = Uint8Array.of(0xee, ...new Array(30).fill(0xff), 0x7f); // y = p + 1
    expect(() => ed.Point.fromBytes(nonCanonical, true)).not.toThrow();
    expect(isValidPublicKey(nonCanonical)).toBe(false);
  });

  test('an envelope pinned to the identity key is refused even with a ZIP-215-valid signature', async () => {
    const identity = Uint8Array.of(1, ...new Array(31).fill(0));
    const envelope: Envelope = { payloadType: HEAD_TYPE, payload: toBase64(PAYLOAD), signatures: [{ keyid: await keyIdOf(identity), sig: toBase64(Uint8Array.of(1, ...new Array(63).fill(0))) }] };
    expect(await open(envelope, identity)).toMatchObject({ ok: false, code: 'bad-signature' });
  });
});
