import type { Redis } from 'ioredis';
import { bucketShape, type RateLimit, type TokenStore } from '../budget/token-store.ts';
import { luaScript } from './lua-script.ts';

/**
 * The token bucket of one source in Redis, on Redis's own clock so every instance counts alike:
 * 0 when a token was taken, else the ms until one may be (a pause included).
 */
const TAKE = luaScript(`
local pttl = redis.call('PTTL', KEYS[2])
if pttl > 0 then return pttl end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local perMs = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or math.min(1, capacity)
local at = tonumber(state[2]) or now
if now > at then tokens = math.min(capacity, tokens + (now - at) * perMs) else now = at end
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) / perMs) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return wait
`);

/** Pauses the source (never shortens a pause) and empties its bucket, so it restarts slowly. */
const PAUSE = luaScript(`
local ms = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[2]) < ms then redis.call('SET', KEYS[2], '1', 'PX', ms) end
local t = redis.call('TIME')
local until_ = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000 + ms
redis.call('HSET', KEYS[1], 'tokens', '0', 'at', tostring(until_))
redis.call('PEXPIRE', KEYS[1], ms + tonumber(ARGV[2]))
return 1
`);

/** Empties the bucket now (an instance back from running on its own share). */
const DRAIN = luaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local at = tonumber(redis.call('HGET', KEYS[1], 'at')) or now
redis.call('HSET', KEYS[1], 'tokens', '0', 'at', tostring(math.max(now, at)))
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return 1
`);

const KEY_PREFIX = 'switchboard:budget:';
const KEY_TTL_MS = 24 * 3_600_000;

export function createRedisTokenStore(redis: Redis, sourceId: string, limit: RateLimit): TokenStore {
  const { capacity, perMs } = bucketShape(limit);
  const keys = [`${KEY_PREFIX}${sourceId}`, `${KEY_PREFIX}${sourceId}:paused`];
  // The key outlives any idle spell: a bucket Redis does not know (after a restart) starts with one token,
  // since what the instances spent on their own meanwhile is unknown.
  const idleMs = KEY_TTL_MS;
  return {
    async take() {
      return Number(await TAKE(redis, keys, [perMs, capacity, idleMs]));
    },
    available: () => 0,
    refund() {
      // A token taken for a request that went away: rare, and a lost token costs one interval at most.
    },
    async drain() {
      await DRAIN(redis, keys, [idleMs]);
    },
    async pause(ms) {
      await PAUSE(redis, keys, [Math.ceil(ms), idleMs]);
    },
  };
}
