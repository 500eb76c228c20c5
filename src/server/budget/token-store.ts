import type { Clock } from './clock.ts';

/** A source's rate limit: at most `requests` per `perSeconds` (DESIGN.md, "Sources configuration"). */
export interface RateLimit {
  requests: number;
  perSeconds: number;
}

/** Where a source's tokens live: this process, or Redis shared by every instance. */
export interface TokenStore {
  /** Takes one token: 0 when granted, else the ms until one may be (a pause included). */
  take(): Promise<number>;
  /** Gives back a token taken for a request that went away before it was sent. */
  refund(): void;
  /** No token for anyone until `ms` from now (a provider's 429 with Retry-After); empties the bucket. */
  pause(ms: number): Promise<void>;
  /** Empties the bucket: after a switch between shared and local, what was spent meanwhile is unknown. */
  drain?(): Promise<void>;
  /** Tokens at hand now, as far as this process knows (0 when it cannot tell): for wait estimates only. */
  available(): number;
}

/**
 * Paced at 90% of the limit, with a burst one token below it: a provider counting with the same limit then
 * keeps spare tokens for the jitter between a grant here and the request's arrival there (a stalled event
 * loop delays some requests and not the next ones). On the load test, a single spare token was not enough.
 */
export const PACE = 0.9;

export function bucketShape(limit: RateLimit, share = 1): { capacity: number; perMs: number } {
  const requests = limit.requests * share;
  return {
    capacity: Math.max(1, Math.floor(requests) - 1),
    perMs: (requests * PACE) / (limit.perSeconds * 1000),
  };
}

/** The in-process bucket: continuous refill at the limit's rate, `capacity` tokens at most. */
export function createLocalTokenStore(
  limit: RateLimit,
  clock: Clock,
  share = 1,
  startEmpty = false,
): TokenStore {
  const { capacity, perMs } = bucketShape(limit, share);
  let tokens = startEmpty ? 0 : capacity;
  let last = clock.now();
  let pausedUntil = 0;

  const refill = (now: number) => {
    tokens = Math.min(capacity, tokens + (now - last) * perMs);
    last = now;
  };
  return {
    take() {
      const now = clock.now();
      if (now < pausedUntil) return Promise.resolve(pausedUntil - now);
      refill(Math.max(now, last));
      if (tokens >= 1) {
        tokens -= 1;
        return Promise.resolve(0);
      }
      return Promise.resolve(Math.ceil((1 - tokens) / perMs));
    },
    refund() {
      tokens = Math.min(capacity, tokens + 1);
    },
    available() {
      const now = clock.now();
      return now < pausedUntil ? 0 : Math.min(capacity, tokens + Math.max(0, now - last) * perMs);
    },
    pause(ms) {
      const now = clock.now();
      pausedUntil = Math.max(pausedUntil, now + ms);
      // After the pause the bucket refills from empty: no burst straight into a provider that just said stop.
      tokens = 0;
      last = pausedUntil;
      return Promise.resolve();
    },
  };
}
