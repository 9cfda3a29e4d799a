import { describe, expect, test } from 'vitest';
import { parseFeedList } from '@/lib/lists/feed-schema';
import type { FeedList } from '@/lib/lists/types';
import { bundled, entry, feed, vendor } from '../fixtures';

describe('parseFeedList', () => {
  test('accepts the bundled default feed', () => {
    const result = parseFeedList(bundled());
    expect(result).toMatchObject({ ok: true, list: { feedId: 'hangup-demo' } });
  });

  test('accepts a minimal feed and an empty entry list', () => {
    expect(parseFeedList(feed()).ok).toBe(true);
    expect(parseFeedList(feed({ entries: [] })).ok).toBe(true);
  });

  test.each<[string, (list: FeedList) => unknown, RegExp]>([
    ['unsorted entries', (l) => ({ ...l, entries: [entry('+18885550142'), entry('+12025550143')] }), /^entries must be sorted/],
    ['duplicate numbers', (l) => ({ ...l, entries: [entry('+12025550143'), entry('+12025550143')] }), /without duplicates/],
    ['a number without +', (l) => ({ ...l, entries: [entry('12025550143')] }), /^entries\.0\.n: not an E\.164 number$/],
    ['a number starting +0', (l) => ({ ...l, entries: [entry('+02025550143')] }), /^entries\.0\.n: not an E\.164/],
    ['a 16-digit number', (l) => ({ ...l, entries: [entry('+1234567890123456')] }), /^entries\.0\.n: not an E\.164/],
    ['spaces in a number', (l) => ({ ...l, entries: [entry('+1 202 555 0143')] }), /^entries\.0\.n: not an E\.164/],
    ['full-width digits', (l) => ({ ...l, entries: [entry('+１２０２５５５０１４３')] }), /^entries\.0\.n: not an E\.164/],
    ['a trailing newline', (l) => ({ ...l, entries: [entry('+12025550143\n')] }), /^entries\.0\.n: not an E\.164/],
    ['a bad number in the second entry', (l) => ({ ...l, entries: [entry('+12025550143'), entry('+1x')] }), /^entries\.1\.n: /],
    ['an entry naming an unknown vendor', (l) => ({ ...l, entries: [entry('+12025550143', 'nobody')] }), /every entry must name a listed vendor/],
    ['two vendors with one id', (l) => ({ ...l, vendors: [vendor('acme'), vendor('acme')] }), /vendor ids must be unique/],
    ['an unknown category', (l) => ({ ...l, entries: [{ ...entry('+12025550143'), category: 'phishing' }] }), /^entries\.0\.category: /],
    ['a bad first-seen date', (l) => ({ ...l, entries: [{ ...entry('+12025550143'), firstSeen: 'yesterday' }] }), /^entries\.0\.firstSeen: /],
    ['an extra key on the feed', (l) => ({ ...l, signedBy: 'me' }), /^signedBy: /],
    ['an extra key on an entry', (l) => ({ ...l, entries: [{ ...entry('+12025550143'), pattern: '.*' }] }), /^entries\.0\.pattern: /],
    ['an extra key on a vendor', (l) => ({ ...l, vendors: [{ ...vendor('acme'), script: 'x' }] }), /^vendors\.0\.script: /],
    ['an http report URL', (l) => ({ ...l, vendors: [vendor('acme', { reportUrl: 'http://acme.example/report' })] }), /^vendors\.0\.reportUrl: report URLs must be https$/],
    ['a javascript: report URL', (l) => ({ ...l, vendors: [vendor('acme', { reportUrl: 'javascript:alert(1)' })] }), /^vendors\.0\.reportUrl: /],
    ['a bad report email', (l) => ({ ...l, vendors: [vendor('acme', { reportEmail: 'not an email' })] }), /^vendors\.0\.reportEmail: /],
    ['an upper-case domain', (l) => ({ ...l, vendors: [vendor('acme', { domains: ['Acme.Example'] })] }), /^vendors\.0\.domains\.0: not a lower-case domain$/],
    ['an official phone that is not E.164', (l) => ({ ...l, vendors: [vendor('acme', { phones: ['0800 555'] })] }), /^vendors\.0\.phones\.0: not an E\.164/],
    ['an upper-case vendor id', (l) => ({ ...l, vendors: [vendor('Acme')] }), /^vendors\.0\.id: ids are lower-case/],
    ['a vendor id of __proto__', (l) => ({ ...l, vendors: [vendor('__proto__')] }), /^vendors\.0\.id: /],
    ['version 0', (l) => ({ ...l, version: 0 }), /^version: /],
    ['version 1.5', (l) => ({ ...l, version: 1.5 }), /^version: /],
    ['version "12"', (l) => ({ ...l, version: '12' }), /^version: /],
    ['version above MAX_SAFE_INTEGER', (l) => ({ ...l, version: 2 ** 53 }), /^version: /],
    ['a missing name', ({ name: _, ...l }) => l, /^name: /],
    ['an empty vendor name', (l) => ({ ...l, vendors: [vendor('acme', { name: '' })] }), /^vendors\.0\.name: /],
    ['a non-object', () => 'feed', /^Invalid type/],
    ['an array', () => [], /^feedId: /],
  ])('rejects %s with a readable path', (_name, change, error) => {
    const result = parseFeedList(change(feed()));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  // JSON.parse makes `__proto__` an own key (as in a fetched feed); an object literal would not.
  test.each([
    ['the feed', (json: string) => json.replace('{', '{"__proto__":{"polluted":true},'), /^__proto__: /],
    ['an entry', (json: string) => json.replace('{"n":', '{"__proto__":{"polluted":true},"n":'), /^entries\.0\.__proto__: /],
    ['a vendor', (json: string) => json.replace('{"id":', '{"__proto__":{"polluted":true},"id":'), /^vendors\.0\.__proto__: /],
  ])('rejects a __proto__ key on %s without polluting prototypes', (_where, inject, error) => {
    const data = JSON.parse(inject(JSON.stringify(feed()))) as unknown;
    const result = parseFeedList(data);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(error) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('rejects a constructor key on the feed', () => {
    const data = JSON.parse(JSON.stringify(feed()).replace('{', '{"constructor":{"prototype":{"polluted":true}},')) as unknown;
    expect(parseFeedList(data)).toEqual({ ok: false, error: expect.stringMatching(/^constructor: /) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
