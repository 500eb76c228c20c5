import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { SharedTokens } from '../budget/budgets.ts';
import type { ResponseStore } from '../cache/response-store.ts';
import type { Logger } from '../logger.ts';
import { luaScript } from './lua-script.ts';
import { createRedisResponseStore } from './redis-responses.ts';
import { createRedisTokenStore } from './redis-tokens.ts';

/** What the instances share through Redis, and whether Redis answers now. */
export interface SharedState {
  redis: Redis;
  tokens: SharedTokens;
  responses(fallback: ResponseStore): ResponseStore;
  /** For `/healthz`: shared, or why not and at which share of the limits this instance runs. */
  describe(): string;
  close(): Promise<void>;
}

/** Every instance says it is alive this often; one silent for INSTANCE_TTL_MS is no longer counted. */
const HEARTBEAT_MS = 2_000;
const INSTANCE_TTL_MS = 6_000;
const INSTANCES_KEY = 'switchboard:instances';

const HEARTBEAT = luaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return redis.call('ZCARD', KEYS[1])
`);

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function connectShared(url: string, logger: Logger): SharedState {
  const instanceId = randomUUID();
  // No offline queue: while Redis is away, commands fail at once and the instance runs on its own share.
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  let up = false;
  let instances = 1;
  let downSince: number | null = Date.now();
  let downReason = 'connecting';
  let closed = false;
  let epoch = 0;

  const goDown = (reason: string) => {
    if (closed) return;
    if (!up && downReason === 'connecting') {
      downReason = reason;
      logger.warn(
        `[switchboard] Redis unreachable at start (${reason}): each source's budget runs in this process at its full limit until Redis answers; requests keep being served`,
      );
    }
    if (!up) return;
    up = false;
    downSince = Date.now();
    downReason = reason;
    logger.warn(
      `[switchboard] Redis unreachable (${reason}): each source's budget now runs in this process at 1/${instances} of its limit (${instances} instance${instances === 1 ? '' : 's'} last seen), the cache in this process; requests keep being served`,
    );
  };

  const beat = async () => {
    try {
      instances = Math.max(1, Number(await HEARTBEAT(redis, [INSTANCES_KEY], [instanceId, INSTANCE_TTL_MS])));
      if (!up && !closed) {
        const wasDown = downReason !== 'connecting';
        up = true;
        epoch += 1;
        downSince = null;
        logger.info(
          `[switchboard] Redis ${wasDown ? 'is back' : 'connected'}: budgets, cache and coalescing shared by ${instances} instance${instances === 1 ? '' : 's'}`,
        );
      }
    } catch (error) {
      goDown(reasonOf(error));
    }
  };
  redis.on('ready', () => void beat());
  redis.on('error', (error: unknown) => goDown(reasonOf(error)));
  redis.on('close', () => goDown('connection closed'));
  const timer = setInterval(() => void beat(), HEARTBEAT_MS);
  timer.unref();

  return {
    redis,
    tokens: {
      up: () => up,
      share: () => 1 / instances,
      store: (sourceId, limit) => createRedisTokenStore(redis, sourceId, limit),
      failed: (error) => goDown(reasonOf(error)),
      epoch: () => epoch,
    },
    responses: (fallback) => createRedisResponseStore(redis, () => up, fallback),
    describe() {
      if (up) return `redis: shared budgets and cache (${instances} instance${instances === 1 ? '' : 's'})`;
      const since = downSince === null ? '' : ` since ${new Date(downSince).toISOString()}`;
      return `redis: unreachable${since} (${downReason}); budgets in this process at 1/${instances} of each source's limit`;
    },
    async close() {
      closed = true;
      clearInterval(timer);
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
