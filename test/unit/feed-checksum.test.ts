import { describe, expect, test } from 'vitest';
import { toHex, utf8 } from '@/lib/lists/feed/bytes';
import { listChecksum, sha256Hex } from '@/lib/lists/feed/checksum';
import { encodeSnapshot } from '@/lib/lists/feed/list-text';
import { makeEntry } from './feed-helpers';

const nodeSha = async (text: string) => toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(text))));

describe('sha256Hex', () => {
  test('known answers', async () => {
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('listChecksum', () => {
  const entries = [makeEntry('+18885550142', { category: 'billing' }), makeEntry('+12025550143')];

  test('an empty list hashes the empty string', async () => {
    expect(await listChecksum([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  test('is SHA-256 of the snapshot body: sorted lines, tab-separated, each ending in LF, no header', async () => {
    const body = '+12025550143\ttech-support\tacme\t2026-01-15\n+18885550142\tbilling\tacme\t2026-01-15\n';
    expect(await listChecksum(entries)).toBe(await nodeSha(body));
    const snapshot = new TextDecoder().decode(encodeSnapshot('f', 1, entries));
    expect(await listChecksum(entries)).toBe(await nodeSha(snapshot.slice(snapshot.indexOf('\n') + 1)));
  });

  test('does not depend on the order it is given', async () => {
    expect(await listChecksum(entries)).toBe(await listChecksum([...entries].reverse()));
  });

  test('changes with any field', async () => {
    const base = await listChecksum(entries);
    for (const change of [{ category: 'refund' as const }, { vendor: 'other' }, { firstSeen: '2026-01-16' }]) {
      expect(await listChecksum([{ ...entries[0]!, ...change }, entries[1]!])).not.toBe(base);
    }
  });
});
