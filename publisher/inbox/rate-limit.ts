export interface RateLimit {
  /** Sustained rate. */
  perMinute: number;
  /** Requests allowed at once before the rate applies. */
  burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { perMinute: 30, burst: 10 };

/** Buckets past this many are swept of full ones, so a flood of addresses cannot grow memory without bound. */
const SWEEP_AT = 10_000;

/**
 * A token bucket per client: `burst` tokens, refilled at perMinute/60 per
 * second. take() returns 0 when the request may go ahead, else the whole
 * seconds until a token is there (for Retry-After).
 */
export function createRateLimiter(limit: RateLimit, now: () => number = Date.now) {
  const perMs = limit.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  function refill(bucket: { tokens: number; at: number }, t: number): void {
    bucket.tokens = Math.min(limit.burst, bucket.tokens + (t - bucket.at) * perMs);
    bucket.at = t;
  }

  function sweep(t: number): void {
    for (const [key, bucket] of buckets) {
      refill(bucket, t);
      if (bucket.tokens >= limit.burst) buckets.delete(key);
    }
  }

  return {
    take(client: string): number {
      const t = now();
      let bucket = buckets.get(client);
      if (!bucket) {
        if (buckets.size >= SWEEP_AT) sweep(t);
        bucket = { tokens: limit.burst, at: t };
        buckets.set(client, bucket);
      }
      refill(bucket, t);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    },
  };
}
