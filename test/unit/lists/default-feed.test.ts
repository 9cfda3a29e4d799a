import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_FEED, keyIdOfBase64, readSignedBundle } from '@/lib/lists/default-feed';
import { BUNDLE_DIR, bundled } from '../fixtures';

const read = async (path: string) => new Uint8Array(readFileSync(resolve(BUNDLE_DIR, path)));

describe('the signed bundled feed', () => {
  test('verifies with the pinned key and matches its contents', async () => {
    const list = await readSignedBundle(read, DEFAULT_FEED);
    expect(list).toEqual(bundled());
    expect(list.entries.length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(resolve(BUNDLE_DIR, 'key.json'), 'utf8')).publicKey).toBe(DEFAULT_FEED.publicKey);
  });

  test('the pinned key has a stable fingerprint', async () => {
    expect(await keyIdOfBase64(DEFAULT_FEED.publicKey)).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each([
    ['a flipped snapshot byte', (path: string, bytes: Uint8Array) => (path.startsWith('snapshots/') ? flip(bytes, bytes.length - 2) : bytes), /sha256|length|checksum/],
    ['a flipped head byte', (path: string, bytes: Uint8Array) => (path === 'head.json' ? flip(bytes, 60) : bytes), /head\.json/],
  ])('refuses %s', async (_name, tamper, message) => {
    await expect(readSignedBundle(async (path) => tamper(path, await read(path)), DEFAULT_FEED)).rejects.toThrow(message);
  });

  test('refuses another key or another feed id', async () => {
    await expect(readSignedBundle(read, { ...DEFAULT_FEED, publicKey: 'A'.repeat(43) + '=' })).rejects.toThrow(/head\.json/);
    await expect(readSignedBundle(read, { ...DEFAULT_FEED, feedId: 'other' })).rejects.toThrow(/not other/);
  });
});

function flip(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at]! ^= 1;
  return copy;
}
