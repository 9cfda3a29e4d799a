import * as ed from '@noble/ed25519';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fromBase64, fromHex, toBase64, toHex, utf8 } from '@/lib/lists/feed/bytes';
import { listChecksum, sha256Hex } from '@/lib/lists/feed/checksum';
import { HEAD_TYPE, encodeEnvelope, keyIdOf, pae, signEnvelope } from '@/lib/lists/feed/envelope';
import { checkHead, parseHead } from '@/lib/lists/feed/head';
import { applyDelta, encodeDelta, encodeSnapshot, parseDelta, parseSnapshot } from '@/lib/lists/feed/list-text';
import { encodeKeyFile, resolveKey, signRotation } from '@/lib/lists/feed/rotation';
import vectors from './feed-vectors.json';

const FORMAT_MD = new URL('../../publisher/FORMAT.md', import.meta.url);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const seed = fromHex(vectors.key.seed)!;
const newSeed = fromHex(vectors.rotation.newSeed)!;
const vendorIds = new Set(['norbury']);
type Entries = Parameters<typeof encodeSnapshot>[2];

describe('FORMAT.md test vectors', () => {
  test('FORMAT.md shows exactly the vectors in feed-vectors.json', () => {
    const markdown = readFileSync(FORMAT_MD, 'utf8');
    const block = /<!-- vectors:begin -->\s*```json\n([\s\S]*?)\n```\s*<!-- vectors:end -->/.exec(markdown);
    expect(block, 'FORMAT.md must hold the vectors between <!-- vectors:begin --> and <!-- vectors:end -->').not.toBeNull();
    expect(JSON.parse(block![1]!)).toEqual(vectors);
  });

  test('key: seed 0x01..0x20 gives this public key and keyid', async () => {
    const publicKey = await ed.getPublicKeyAsync(seed);
    expect(toHex(publicKey)).toBe(vectors.key.publicKey);
    expect(toBase64(publicKey)).toBe(vectors.key.publicKeyBase64);
    expect(await keyIdOf(publicKey)).toBe(vectors.key.keyId);
    expect(toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', publicKey)))).toBe(vectors.key.keyId);
  });

  test('the empty list checksum is SHA-256 of no bytes', async () => {
    expect(await listChecksum([])).toBe(vectors.emptyListChecksum);
  });

  test.each([vectors.list1, vectors.list2])('snapshot of list version $listVersion: bytes, hash, length, checksum', async (list) => {
    const bytes = encodeSnapshot(list.feedId, list.listVersion, list.entries as Entries);
    expect(text(bytes)).toBe(list.snapshot);
    expect(bytes.length).toBe(list.length);
    expect(await sha256Hex(bytes)).toBe(list.sha256);
    expect(await listChecksum(list.entries as Entries)).toBe(list.checksum);
    // The checksum is the SHA-256 of the snapshot without its first line.
    expect(await sha256Hex(utf8(list.snapshot.slice(list.snapshot.indexOf('\n') + 1)))).toBe(list.checksum);
    expect(parseSnapshot(utf8(list.snapshot), { feedId: list.feedId, listVersion: list.listVersion, vendorIds })).toEqual({ ok: true, entries: list.entries });
  });

  test('delta 1→2: bytes, hash, and applying it to list 1 gives list 2', async () => {
    const { delta } = vectors;
    const bytes = encodeDelta('norbury', delta.from, delta.to, delta.remove, delta.add as Entries);
    expect(text(bytes)).toBe(delta.text);
    expect(bytes.length).toBe(delta.length);
    expect(await sha256Hex(bytes)).toBe(delta.sha256);
    const parsed = parseDelta(bytes, { feedId: 'norbury', from: 1, to: 2, vendorIds });
    const applied = parsed.ok ? applyDelta(vectors.list1.entries as Entries, parsed.remove, parsed.add) : parsed;
    expect(applied).toEqual({ ok: true, entries: vectors.list2.entries });
  });

  test('head: payload, PAE, deterministic signature and head.json bytes', async () => {
    const { head } = vectors;
    const payload = utf8(head.payload);
    expect(text(pae(HEAD_TYPE, payload))).toBe(head.pae);
    expect(head.pae).toBe(`DSSEv1 ${HEAD_TYPE.length} ${HEAD_TYPE} ${payload.length} ${head.payload}`);
    const envelope = await signEnvelope(HEAD_TYPE, payload, seed);
    expect(envelope.signatures[0]!.sig).toBe(head.signature);
    expect(text(encodeEnvelope(envelope))).toBe(head.file);
    const parsed = parseHead(payload);
    expect(parsed.ok).toBe(true);
    const publicKey = await ed.getPublicKeyAsync(seed);
    // WebCrypto agrees with the signature, independently of this code.
    const native = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
    expect(await crypto.subtle.verify('Ed25519', native, fromBase64(head.signature)!, utf8(head.pae))).toBe(true);
    const checked = await checkHead(utf8(head.file), { feedId: 'norbury', publicKey, floor: { version: 1, listVersion: 1 }, now: Date.parse('2025-03-02T00:00:00Z') });
    expect(checked).toMatchObject({ ok: true, keyId: vectors.key.keyId });
  });

  test('head: the list it commits to is the list 2 vector', () => {
    const parsed = parseHead(utf8(vectors.head.payload));
    expect(parsed.ok && parsed.head.list).toEqual({
      version: 2,
      count: 3,
      checksum: vectors.list2.checksum,
      snapshot: { path: `snapshots/${vectors.list2.sha256}.tsv`, sha256: vectors.list2.sha256, length: vectors.list2.length },
      deltas: [{ from: 1, path: `deltas/${vectors.delta.sha256}.tsv`, sha256: vectors.delta.sha256, length: vectors.delta.length }],
    });
  });

  test('rotation: key.json from seed 0x01..0x20 to seed 0x21..0x40, and a client pinned on the first follows it', async () => {
    const { rotation } = vectors;
    const newKey = await ed.getPublicKeyAsync(newSeed);
    expect(toBase64(newKey)).toBe(rotation.newPublicKeyBase64);
    expect(await keyIdOf(newKey)).toBe(rotation.newKeyId);
    const envelope = await signRotation('norbury', seed, newKey, rotation.issuedAt);
    expect(text(fromBase64(envelope.payload)!)).toBe(rotation.statement);
    const keyJson = encodeKeyFile({ feedId: 'norbury', publicKey: toBase64(newKey), rotations: [envelope] });
    expect(text(keyJson)).toBe(rotation.keyJson);
    expect(await resolveKey(utf8(rotation.keyJson), 'norbury', await ed.getPublicKeyAsync(seed))).toEqual({ ok: true, publicKey: newKey, rotated: true });
  });
});
