import * as ed from '@noble/ed25519';
import { utf8 } from '@/lib/lists/feed/bytes';
import { HEAD_TYPE, encodeEnvelope, signEnvelope } from '@/lib/lists/feed/envelope';
import { encodeHead, type Head } from '@/lib/lists/feed/head';
import type { Entry } from '@/lib/lists/types';
import { vendor } from './fixtures';

/** Fixed seeds so failures reproduce: A is 0x01..0x20 (the FORMAT.md vector), B is 0x21..0x40. */
export const SEED_A = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
export const SEED_B = Uint8Array.from({ length: 32 }, (_, i) => i + 33);
export const SEED_C = Uint8Array.from({ length: 32 }, (_, i) => i + 65);

export const publicKeyOf = (seed: Uint8Array) => ed.getPublicKeyAsync(seed);

export const NOW = Date.parse('2026-03-01T12:00:00Z');
const SHA_1 = '1'.repeat(64);
const SHA_2 = '2'.repeat(64);

/** A valid head for feed "test-feed" at version 5, list version 3, with one delta; override any part. */
export function makeHead(overrides: Partial<Head> = {}): Head {
  return {
    feedId: 'test-feed',
    version: 5,
    issuedAt: '2026-03-01T11:00:00Z',
    expires: '2026-03-31T11:00:00Z',
    list: {
      version: 3,
      count: 2,
      checksum: 'a'.repeat(64),
      snapshot: { path: `snapshots/${SHA_1}.tsv`, sha256: SHA_1, length: 120 },
      deltas: [{ from: 2, path: `deltas/${SHA_2}.tsv`, sha256: SHA_2, length: 60 }],
    },
    vendors: [vendor('acme', { name: 'Acme', phones: ['+18005550100'] })],
    poll: { seconds: 3600 },
    ...overrides,
  };
}

/** head.json bytes: `head` (or raw payload text) signed by `seed`. */
export async function signedHead(head: Head | string, seed = SEED_A, payloadType = HEAD_TYPE): Promise<Uint8Array> {
  const payload = typeof head === 'string' ? utf8(head) : encodeHead(head);
  return encodeEnvelope(await signEnvelope(payloadType, payload, seed));
}

/** A copy with one byte XOR-ed. */
export function flipByte(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  copy[index] = copy[index]! ^ 0x01;
  return copy;
}

export function makeEntry(n: string, overrides: Partial<Entry> = {}): Entry {
  return { n, category: 'tech-support', vendor: 'acme', firstSeen: '2026-01-15', ...overrides };
}
