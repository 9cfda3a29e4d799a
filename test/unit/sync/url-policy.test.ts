import { describe, expect, test } from 'vitest';
import { checkFeedUrl, feedBase, fileUrl, isLoopbackHost } from '@/lib/lists/sync/url-policy';

describe('checkFeedUrl', () => {
  test.each([
    'https://vendor.example/hangup/',
    'https://vendor.example/hangup/head.json',
    'http://127.0.0.1:8080/feed/',
    'http://localhost:3000/',
    'http://[::1]:9000/feed/',
  ])('accepts %s', (url) => {
    expect(checkFeedUrl(url).ok).toBe(true);
  });

  test.each([
    ['http://vendor.example/feed/', 'https'],
    ['http://10.0.0.5/feed/', 'https'],
    ['ftp://vendor.example/feed/', 'https'],
    ['javascript:alert(1)', 'https'],
    ['https://user:secret@vendor.example/', 'user name or password'],
    ['not a url', 'not a web address'],
  ])('refuses %s', (url, reason) => {
    const result = checkFeedUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(reason);
  });
});

test.each([
  ['127.0.0.1', true],
  ['127.10.20.30', true],
  ['localhost', true],
  ['[::1]', true],
  ['128.0.0.1', false],
  ['localhost.evil.example', false],
  ['127.0.0.1.evil.example', false],
])('isLoopbackHost(%s) is %s', (host, expected) => {
  expect(isLoopbackHost(host)).toBe(expected);
});

describe('feedBase and fileUrl', () => {
  test.each([
    ['https://v.example/feed', 'https://v.example/feed/'],
    ['https://v.example/feed/head.json?x=1#y', 'https://v.example/feed/'],
    ['https://v.example/', 'https://v.example/'],
  ])('the folder of %s is %s', (input, expected) => {
    expect(feedBase(new URL(input)).href).toBe(expected);
  });

  test('files resolve inside the folder only', () => {
    expect(fileUrl('https://v.example/feed/', 'snapshots/ab.tsv')).toBe('https://v.example/feed/snapshots/ab.tsv');
    expect(() => fileUrl('https://v.example/feed/', '../other/head.json')).toThrow(/leaves the feed/);
    expect(() => fileUrl('https://v.example/feed/', 'https://evil.example/x')).toThrow(/leaves the feed/);
  });
});
