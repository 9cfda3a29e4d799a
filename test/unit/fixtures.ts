import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_FEED, readSignedBundle } from '@/lib/lists/default-feed';
import type { Category, Entry, FeedList, Vendor } from '@/lib/lists/types';

export const BUNDLE_DIR = resolve(import.meta.dirname, '../../public', DEFAULT_FEED.folder);

// The same reader (and signature check) the extension uses at start-up.
const bundledFeed = await readSignedBundle(async (path) => new Uint8Array(readFileSync(resolve(BUNDLE_DIR, path))), DEFAULT_FEED);

/** A fresh copy of the feed shipped in the extension, safe to modify. */
export function bundled(): FeedList {
  return structuredClone(bundledFeed);
}

export function vendor(id: string, overrides: Partial<Vendor> = {}): Vendor {
  return { id, name: `Vendor ${id}`, aliases: [], phones: [], domains: [], statements: [], ...overrides };
}

export function entry(n: string, vendorId = 'acme', category: Category = 'tech-support'): Entry {
  return { n, category, vendor: vendorId, firstSeen: '2026-01-15' };
}

export function feed(overrides: Partial<FeedList> = {}): FeedList {
  return {
    feedId: 'test-feed',
    name: 'Test list',
    version: 1,
    issuedAt: '2026-02-01T00:00:00Z',
    vendors: [vendor('acme', { name: 'Acme', phones: ['+18005550100'] })],
    entries: [entry('+12025550143'), entry('+18885550142', 'acme', 'billing')],
    ...overrides,
  };
}

/** `count` distinct US-style numbers in sorted order: +18000000000, +18000000001, … */
export function generatedEntries(count: number, vendorId = 'acme'): Entry[] {
  return Array.from({ length: count }, (_, i) => entry(`+1800${String(i).padStart(7, '0')}`, vendorId, i % 2 ? 'billing' : 'refund'));
}

let dbCounter = 0;
/** A database name no other test uses, so fake-indexeddb state never leaks between tests. */
export function uniqueDbName(): string {
  return `hangup-test-${process.pid}-${++dbCounter}-${Math.random().toString(36).slice(2)}`;
}
