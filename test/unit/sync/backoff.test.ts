import { describe, expect, test } from 'vitest';
import { BASE_RETRY_MS, HOUR, MAX_RETRY_MS, MINUTE, parseRetryAfter, pollDelay, retryDelay } from '@/lib/backoff';

describe('retryDelay', () => {
  test.each([1, 2, 3, 4, 5, 6])('failure %i waits within [2^(n-1)·15 min, 2^n·15 min], capped at 24 h', (n) => {
    const low = Math.min(BASE_RETRY_MS * 2 ** (n - 1), MAX_RETRY_MS);
    const high = Math.min(BASE_RETRY_MS * 2 ** n, MAX_RETRY_MS);
    expect(retryDelay(n, 0, () => 0)).toBe(low);
    expect(retryDelay(n, 0, () => 0.999999)).toBeLessThanOrEqual(high);
    expect(retryDelay(n, 0, () => 0.5)).toBeGreaterThan(low);
  });

  test('never waits more than 24 hours', () => {
    expect(retryDelay(40, 0, () => 1)).toBe(24 * HOUR);
    expect(retryDelay(3, 48 * HOUR)).toBe(24 * HOUR);
  });

  test('honours a longer Retry-After', () => {
    expect(retryDelay(1, 3 * HOUR, () => 0)).toBe(3 * HOUR);
    expect(retryDelay(1, MINUTE, () => 0)).toBe(15 * MINUTE);
  });
});

describe('pollDelay', () => {
  test.each([
    [undefined, HOUR],
    [60, 5 * MINUTE],
    [1800, 30 * MINUTE],
    [10 ** 9, 24 * HOUR],
    [Number.NaN, HOUR],
  ])('poll hint %s gives %i ms', (seconds, expected) => {
    expect(pollDelay(seconds)).toBe(expected);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-25T10:00:00Z');
  test.each([
    ['120', 120_000],
    ['Wed, 25 Nov 2026 10:05:00 GMT', 5 * MINUTE],
    ['Wed, 25 Nov 2026 09:00:00 GMT', 0],
    ['soon', 0],
    ['', 0],
    [null, 0],
  ])('%s → %i ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
