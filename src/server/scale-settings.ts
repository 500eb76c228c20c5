import type { RateLimit } from './budget/token-store.ts';
import { ConfigError } from './config-error.ts';
import { integer, type Env } from './env.ts';

function flag(env: Env, name: string): boolean | undefined {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return undefined;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError([`${name}: expected 1 or 0, got "${env[name]}"`]);
}

/** Budget, cache and Redis settings (issue 16); read with the rest in `readSettings`. */
export interface ScaleSettings {
  /** `SWITCHBOARD_REDIS_URL`: budgets, cache and coalescing shared by every instance; null = in process. */
  redisUrl: string | null;
  /** The longest a request waits for its source's budget before it is answered 429 with Retry-After. */
  budgetMaxWaitMs: number;
  /** How long a JSON answer is served from the cache; 0 turns the cache off (coalescing stays). */
  cacheTtlMs: number;
  /** The same for a result whose upper time bound lies well in the past (it no longer changes). */
  cachePinnedTtlMs: number;
  /** `SWITCHBOARD_COALESCING=0` with `SWITCHBOARD_CACHE_TTL_MS=0`: every request goes upstream (load-test baseline). */
  coalescing: boolean;
  /** `SWITCHBOARD_SANDBOX_RATE_LIMIT=5/1`: the sandbox refuses more, and its sources are budgeted so. */
  sandboxRateLimit: RateLimit | null;
}

const DEFAULT_MAX_WAIT_MS = 10_000;
const DEFAULT_CACHE_TTL_MS = 5_000;
const DEFAULT_PINNED_TTL_MS = 10 * 60_000;

function rateLimit(env: Env, name: string): RateLimit | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  const match = /^(\d+)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(raw);
  const requests = Number(match?.[1]);
  const perSeconds = Number(match?.[2]);
  if (!match || requests < 1 || !(perSeconds > 0)) {
    throw new ConfigError([`${name}: expected requests/seconds such as 5/1, got "${raw}"`]);
  }
  return { requests, perSeconds };
}

function redisUrl(env: Env): string | null {
  const raw = env.SWITCHBOARD_REDIS_URL?.trim();
  if (!raw) return null;
  if (!/^rediss?:\/\//.test(raw)) {
    throw new ConfigError([
      `SWITCHBOARD_REDIS_URL: expected redis://host:port or rediss://…, got "${raw.replace(/\/\/[^@]*@/, '//…@')}"`,
    ]);
  }
  return raw;
}

export function readScaleSettings(env: Env): ScaleSettings {
  return {
    redisUrl: redisUrl(env),
    budgetMaxWaitMs: integer(env, 'SWITCHBOARD_BUDGET_MAX_WAIT_MS', 0, 600_000) ?? DEFAULT_MAX_WAIT_MS,
    cacheTtlMs: integer(env, 'SWITCHBOARD_CACHE_TTL_MS', 0, 3_600_000) ?? DEFAULT_CACHE_TTL_MS,
    cachePinnedTtlMs: integer(env, 'SWITCHBOARD_CACHE_PINNED_TTL_MS', 0, 86_400_000) ?? DEFAULT_PINNED_TTL_MS,
    sandboxRateLimit: rateLimit(env, 'SWITCHBOARD_SANDBOX_RATE_LIMIT'),
    coalescing: flag(env, 'SWITCHBOARD_COALESCING') ?? true,
  };
}
