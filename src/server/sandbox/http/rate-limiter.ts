/** What the sandbox saw of one provider's rate limit (`SandboxOptions.rateLimit`). */
export interface RateLimitStats {
  served: number;
  /** Requests refused with 429 because they came faster than the limit. */
  refused: number;
  /** The most requests that arrived within any `perSeconds` window, refused ones included. */
  peakPerWindow: number;
}

export interface SandboxRateLimiter {
  /** 0 when the request may pass, else the seconds a 429's Retry-After asks for. */
  check(provider: string, now: number): number;
  stats(): Record<string, RateLimitStats>;
}

/**
 * One token bucket per emulated provider, as a provider's gateway keeps one per account: `requests` tokens,
 * refilled at `requests` per `perSeconds`; the excess is counted and refused.
 */
export function createSandboxRateLimiter(limit: {
  requests: number;
  perSeconds: number;
}): SandboxRateLimiter {
  const windowMs = limit.perSeconds * 1000;
  const perMs = limit.requests / windowMs;
  const buckets = new Map<
    string,
    { tokens: number; at: number; arrivals: number[]; stats: RateLimitStats }
  >();
  return {
    check(provider, now) {
      let bucket = buckets.get(provider);
      if (!bucket) {
        bucket = {
          tokens: limit.requests,
          at: now,
          arrivals: [],
          stats: { served: 0, refused: 0, peakPerWindow: 0 },
        };
        buckets.set(provider, bucket);
      }
      bucket.tokens = Math.min(limit.requests, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
      bucket.at = Math.max(bucket.at, now);
      bucket.arrivals.push(now);
      while ((bucket.arrivals[0] ?? now) <= now - windowMs) bucket.arrivals.shift();
      bucket.stats.peakPerWindow = Math.max(bucket.stats.peakPerWindow, bucket.arrivals.length);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        bucket.stats.served += 1;
        return 0;
      }
      bucket.stats.refused += 1;
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    },
    stats: () => Object.fromEntries([...buckets].map(([provider, { stats }]) => [provider, { ...stats }])),
  };
}
