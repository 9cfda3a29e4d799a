import { describe, expect, test } from 'vitest';
import { toBase64, utf8 } from '@/lib/lists/feed/bytes';
import { HEAD_TYPE, ROTATION_TYPE, signEnvelope, type Envelope } from '@/lib/lists/feed/envelope';
import { encodeKeyFile, encodeRotation, resolveKey, signRotation } from '@/lib/lists/feed/rotation';
import { keyIdOf } from '@/lib/lists/feed/envelope';
import { SEED_A, SEED_B, SEED_C, publicKeyOf } from './feed-helpers';

const FEED = 'test-feed';
const AT = '2026-03-01T12:00:00Z';
const seed = (n: number) => Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + n) & 0xff);

/** key.json for a chain of seeds: the first is the original key, each next one signed by the one before. */
async function chain(seeds: Uint8Array[], feedId = FEED): Promise<{ bytes: Uint8Array; rotations: Envelope[] }> {
  const rotations: Envelope[] = [];
  for (let i = 1; i < seeds.length; i++) rotations.push(await signRotation(feedId, seeds[i - 1]!, await publicKeyOf(seeds[i]!), AT));
  const bytes = encodeKeyFile({ feedId, publicKey: toBase64(await publicKeyOf(seeds[seeds.length - 1]!)), rotations });
  return { bytes, rotations };
}

const keyJson = async (publicKeySeed: Uint8Array, rotations: Envelope[], feedId = FEED) =>
  encodeKeyFile({ feedId, publicKey: toBase64(await publicKeyOf(publicKeySeed)), rotations });

describe('resolveKey', () => {
  test('the pinned key itself is current: not rotated', async () => {
    const { bytes } = await chain([SEED_A]);
    expect(await resolveKey(bytes, FEED, await publicKeyOf(SEED_A))).toEqual({ ok: true, publicKey: await publicKeyOf(SEED_A), rotated: false });
  });

  test('a rotation signed by the old key is followed', async () => {
    const { bytes } = await chain([SEED_A, SEED_B]);
    expect(await resolveKey(bytes, FEED, await publicKeyOf(SEED_A))).toEqual({ ok: true, publicKey: await publicKeyOf(SEED_B), rotated: true });
  });

  test('a chain of 5 is walked from its start or from any key in it', async () => {
    const seeds = [1, 2, 3, 4, 5, 6].map(seed);
    const { bytes } = await chain(seeds);
    for (const pinned of seeds.slice(0, 5)) {
      expect(await resolveKey(bytes, FEED, await publicKeyOf(pinned))).toMatchObject({ ok: true, publicKey: await publicKeyOf(seeds[5]!), rotated: true });
    }
  });

  test('20 rotations are accepted and 21 refused', async () => {
    const seeds = Array.from({ length: 22 }, (_, i) => seed(i + 10));
    expect((await resolveKey((await chain(seeds.slice(0, 21))).bytes, FEED, await publicKeyOf(seeds[0]!))).ok).toBe(true);
    expect(await resolveKey((await chain(seeds)).bytes, FEED, await publicKeyOf(seeds[0]!))).toMatchObject({ ok: false, error: expect.stringMatching(/at most 20 rotations/) });
  });

  type Case = [string, () => Promise<Uint8Array>, RegExp];
  const cases: Case[] = [
    ['a new key with no rotation at all', () => keyJson(SEED_B, []), /no rotation is signed by the pinned key/],
    ['a rotation signed by the new key instead of the old one', async () => {
      const statement = encodeRotation({ feedId: FEED, previousKeyId: await keyIdOf(await publicKeyOf(SEED_A)), newKey: toBase64(await publicKeyOf(SEED_B)), issuedAt: AT });
      return keyJson(SEED_B, [await signEnvelope(ROTATION_TYPE, statement, SEED_B)]);
    }, /no rotation is signed by the pinned key/],
    ['a rotation whose keyid claims the old key but another key signed it', async () => {
      const statement = encodeRotation({ feedId: FEED, previousKeyId: await keyIdOf(await publicKeyOf(SEED_A)), newKey: toBase64(await publicKeyOf(SEED_B)), issuedAt: AT });
      const forged = await signEnvelope(ROTATION_TYPE, statement, SEED_B);
      forged.signatures[0]!.keyid = await keyIdOf(await publicKeyOf(SEED_A));
      return keyJson(SEED_B, [forged]);
    }, /rotation 0: signature by key .* does not verify/],
    ['publicKey swapped for a key the rotations do not reach', async () => keyJson(SEED_C, (await chain([SEED_A, SEED_B])).rotations), /do not end at publicKey/],
    ['a broken link in the middle of the chain', async () => {
      const { rotations } = await chain([SEED_A, SEED_B]);
      const stray = await signRotation(FEED, SEED_C, await publicKeyOf(seed(9)), AT); // signed by C, which nothing introduced
      return keyJson(seed(9), [...rotations, stray]);
    }, /rotation 1: no signature by key/],
    ['a rotation for another feed', async () => {
      const rotation = await signRotation('other-feed', SEED_A, await publicKeyOf(SEED_B), AT);
      return keyJson(SEED_B, [rotation]);
    }, /rotation 0 is for feed other-feed/],
    ['key.json for another feed', async () => (await chain([SEED_A, SEED_B], 'other-feed')).bytes, /is for feed other-feed, expected test-feed/],
    ['a statement naming a different previous key', async () => {
      const statement = encodeRotation({ feedId: FEED, previousKeyId: 'c'.repeat(64), newKey: toBase64(await publicKeyOf(SEED_B)), issuedAt: AT });
      return keyJson(SEED_B, [await signEnvelope(ROTATION_TYPE, statement, SEED_A)]);
    }, /replaces key c{64}/],
    ['a head envelope in place of a rotation (payloadType confusion)', async () => {
      const statement = encodeRotation({ feedId: FEED, previousKeyId: await keyIdOf(await publicKeyOf(SEED_A)), newKey: toBase64(await publicKeyOf(SEED_B)), issuedAt: AT });
      return keyJson(SEED_B, [await signEnvelope(HEAD_TYPE, statement, SEED_A)]);
    }, /payloadType/],
    ['a rotation to the identity (small-order) key', async () => {
      const identity = Uint8Array.of(1, ...new Array(31).fill(0));
      const statement = encodeRotation({ feedId: FEED, previousKeyId: await keyIdOf(await publicKeyOf(SEED_A)), newKey: toBase64(identity), issuedAt: AT });
      return encodeKeyFile({ feedId: FEED, publicKey: toBase64(identity), rotations: [await signEnvelope(ROTATION_TYPE, statement, SEED_A)] });
    }, /publicKey is not a base64 Ed25519 public key/],
    ['a chain that returns to an earlier key', async () => (await chain([SEED_A, SEED_B, SEED_A, SEED_C])).bytes, /rotation 1 returns to an earlier key/],
    ['an extra key in a statement', async () => {
      const statement = utf8(JSON.stringify({ feedId: FEED, previousKeyId: await keyIdOf(await publicKeyOf(SEED_A)), newKey: toBase64(await publicKeyOf(SEED_B)), issuedAt: AT, note: 1 }));
      return keyJson(SEED_B, [await signEnvelope(ROTATION_TYPE, statement, SEED_A)]);
    }, /note/],
    ['duplicate keys in key.json', async () => utf8(`{"feedId":"${FEED}","feedId":"x","publicKey":"${toBase64(await publicKeyOf(SEED_A))}","rotations":[]}`), /duplicate key "feedId"/],
    ['key.json over 64 KiB', async () => utf8(`{"feedId":"${FEED}","publicKey":"${'A'.repeat(70_000)}","rotations":[]}`), /over the 65536-byte cap/],
    ['an HTML page', async () => utf8('<html>not found</html>'), /not JSON/],
  ];

  test.each(cases)('rejects %s', async (_name, bytes, error) => {
    const result = await resolveKey(await bytes(), FEED, await publicKeyOf(SEED_A));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });
});
