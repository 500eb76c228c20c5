import type { SandboxClock } from './clock.ts';
import type { RateLimitStats } from './http/rate-limiter.ts';

/** Live fault knobs; mutate them (or POST /__sandbox/faults) while the sandbox runs. */
export interface SandboxFaults {
  /** Added to every provider API response. */
  latencyMs: number;
  /** 0..1 share of API requests answered 500 in the provider's 500 format. */
  errorRate: number;
  /** 0..1 share answered 429 with Retry-After. */
  rateLimitRate: number;
  /** Value of Retry-After on 429 (default 2). */
  retryAfterSec: number;
  /** 0..1 share of API requests whose connection is dropped with no answer at all (default 0). */
  dropRate?: number;
}

export interface RecordedRequest {
  at: number;
  method: string;
  path: string;
  query: Record<string, string[]>;
  headers: Record<string, string>;
  status: number;
  /** The connection closed before the response finished: the client hung up, or a `dropRate` drop. */
  aborted: boolean;
}

export interface SandboxOptions {
  /** Default '127.0.0.1' (never listen elsewhere). */
  host?: string;
  /** Default 0 (ephemeral). */
  port?: number;
  /** Epoch ms anchor; data spans [now-90d, now]; default the clock's now floored to the hour. */
  now?: number;
  /**
   * The trickle: also generate the 8 hours after `now` and serve each record only once `clock` has passed its
   * start (README). Default: on without `now` (the real clock), off with a fixed `now` (identical data).
   */
  trickle?: boolean;
  /** Read once per request for the trickle's cutoff (and for `now` when absent). Default `Date.now()`. */
  clock?: SandboxClock;
  /** Default 42; same seed + same now => identical data. */
  seed?: number;
  /** Default 60_000. */
  timepayCount?: number;
  /** Default 30_000. */
  salesfinityCount?: number;
  /** Default 20_000. */
  unpodCount?: number;
  /** Default 50_000. */
  convosoCount?: number;
  /** A per-provider limit the sandbox enforces like a provider's gateway: the excess is refused with 429. */
  rateLimit?: { requests: number; perSeconds: number };
  /** Hostile-content mode: XSS payloads in every string field of every provider's JSON (README). Default false. */
  hostile?: boolean;
  /** Answer as the vendors' docs say instead of as the live APIs behave (PROVIDERS.md). Default false. */
  docsOnly?: boolean;
}

/** What each emulator accepts, in the shape of the config file's `credentials` for that provider. */
export interface SandboxCredentials {
  timepay: { token: string; orgId?: string };
  salesfinity: { apiKey: string };
  unpod: { token: string; orgHandle: string; productId: string };
  convoso: { authToken: string };
}

export interface Sandbox {
  /** 'http://127.0.0.1:PORT' */
  url: string;
  /** The credentials the emulator accepts, per provider. */
  credentials: SandboxCredentials;
  /** Mutable live knobs. */
  faults: SandboxFaults;
  /** Last 500 provider API requests received (ring), newest last. */
  requests: RecordedRequest[];
  /** Paths of the provider requests received and not yet answered (held by latency, or being sent). */
  inFlight: string[];
  /** Per provider: requests served and refused by `rateLimit`, and the most seen in one window (none without it). */
  rateLimitStats?(): Record<string, RateLimitStats>;
  close(): Promise<void>;
}
