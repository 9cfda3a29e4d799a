import { expect, test } from 'vitest';
import { summariseFeeds } from '@/lib/background/feed-summaries';
import type { FeedRecord, Subscription } from '@/lib/lists/types';
import { vendor } from '../fixtures';

const now = Date.parse('2026-11-25T12:00:00Z');

const record = (overrides: Partial<FeedRecord> = {}): FeedRecord => ({
  feedId: 'acme',
  name: 'stored name',
  version: 4,
  issuedAt: '2026-11-01T00:00:00Z',
  vendors: [vendor('acme', { name: 'Acme' })],
  count: 12,
  generation: 2,
  updatedAt: now - 1000,
  listVersion: 3,
  expires: '2026-12-01T00:00:00Z',
  ...overrides,
});

const sub = (overrides: Partial<Subscription> = {}): Subscription => ({
  feedId: 'acme',
  label: 'Acme list',
  url: 'https://acme.example/feed/',
  publicKey: 'AAAA',
  keyId: 'f'.repeat(64),
  bundled: false,
  addedAt: 0,
  failures: 0,
  nextAttempt: now + 3600_000,
  lastSuccess: now - 5000,
  ...overrides,
});

test('joins a stored list with its subscription', () => {
  const [summary] = summariseFeeds([record()], [sub()], new Set(), now);
  expect(summary).toEqual({
    feedId: 'acme',
    name: 'Acme list',
    version: 4,
    count: 12,
    updatedAt: now - 1000,
    vendors: ['Acme'],
    stale: false,
    bundled: false,
    syncing: false,
    expires: '2026-12-01T00:00:00Z',
    url: 'https://acme.example/feed/',
    keyId: 'f'.repeat(64),
    lastCheck: now - 5000,
    nextCheck: now + 3600_000,
  });
});

test('an expired head is stale but the list is still listed with its numbers', () => {
  const [summary] = summariseFeeds([record({ expires: '2026-11-20T00:00:00Z' })], [sub()], new Set(), now);
  expect(summary).toMatchObject({ stale: true, count: 12 });
});

test('a subscription with no list yet shows with no numbers, and its error', () => {
  const [summary] = summariseFeeds([], [sub({ lastError: 'the server answered HTTP 500' })], new Set(['acme']), now);
  expect(summary).toMatchObject({ count: 0, version: 0, syncing: true, lastError: 'the server answered HTTP 500' });
});

test('a bundled list has no source and no next check', () => {
  const [summary] = summariseFeeds([record()], [sub({ url: undefined, bundled: true })], new Set(), now);
  expect(summary).toMatchObject({ bundled: true });
  expect(summary).not.toHaveProperty('url');
  expect(summary).not.toHaveProperty('nextCheck');
});
