export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
/** First retry after a failure waits 15–30 minutes; each further failure doubles it. */
export const BASE_RETRY_MS = 15 * MINUTE;
export const MAX_RETRY_MS = 24 * HOUR;
export const MIN_POLL_MS = 5 * MINUTE;
export const MAX_POLL_MS = 24 * HOUR;

export interface BackoffScale {
  baseMs: number;
  maxMs: number;
}

/** Feed syncs: 15 minutes doubling, at most a day. */
export const FEED_BACKOFF: BackoffScale = { baseMs: BASE_RETRY_MS, maxMs: MAX_RETRY_MS };

/**
 * Delay before retry number `failures` (1 = first failure): a random point in
 * [2^(n-1)·base, 2^n·base], capped, so that many clients do not retry a
 * struggling server in lockstep. A server's Retry-After is honoured up to the cap.
 */
export function retryDelay(failures: number, retryAfterMs = 0, random: () => number = Math.random, scale: BackoffScale = FEED_BACKOFF): number {
  const n = Math.min(Math.max(1, Math.floor(failures)), 40);
  const low = Math.min(scale.baseMs * 2 ** (n - 1), scale.maxMs);
  const high = Math.min(scale.baseMs * 2 ** n, scale.maxMs);
  const delay = low + (high - low) * random();
  return Math.min(Math.max(delay, retryAfterMs), scale.maxMs);
}

/** Time to the next regular poll: the feed's hint, kept within 5 minutes and 24 hours. */
export function pollDelay(pollSeconds: number | undefined): number {
  const wanted = (pollSeconds ?? 3600) * 1000;
  return Math.min(Math.max(Number.isFinite(wanted) ? wanted : HOUR, MIN_POLL_MS), MAX_POLL_MS);
}

/** Parses a Retry-After header (seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(value: string | null | undefined, now: number): number {
  if (!value) return 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? 0 : Math.max(0, date - now);
}
