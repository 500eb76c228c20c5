import { realClock, type Clock } from './budget/clock.ts';
import { createBudgets, type Budgets } from './budget/budgets.ts';
import { createProxyCache, type ProxyCache } from './cache/proxy-cache.ts';
import { createMemoryStore } from './cache/response-store.ts';
import type { Logger } from './logger.ts';
import { connectShared, type SharedState } from './redis/shared-state.ts';
import type { ScaleSettings } from './scale-settings.ts';
import type { ServerSource } from './server-source.ts';

/** The in-process cache holds at most this much JSON. */
const MEMORY_CACHE_BYTES = 64 * 1024 * 1024;

/** Budgets, cache and (with `SWITCHBOARD_REDIS_URL`) what the instances share: all the proxy needs of issue 16. */
export interface Scale {
  budgets: Budgets;
  /** Absent when both the cache and coalescing are off. */
  cache?: { proxyCache: ProxyCache; ttl: { shortMs: number; pinnedMs: number } };
  /** One line for `/healthz` about the shared state, or null when nothing is shared. */
  health(): string | null;
  close(): Promise<void>;
}

export function createScale(options: {
  settings: ScaleSettings;
  sources: readonly ServerSource[];
  logger: Logger;
  clock?: Clock;
}): Scale {
  const { settings, logger } = options;
  const shared: SharedState | null = settings.redisUrl ? connectShared(settings.redisUrl, logger) : null;
  const budgets = createBudgets({
    sources: options.sources,
    clock: options.clock ?? realClock,
    maxWaitMs: settings.budgetMaxWaitMs,
    logger,
    ...(shared ? { shared: shared.tokens } : {}),
  });
  const local = createMemoryStore({ maxBytes: MEMORY_CACHE_BYTES });
  const caching = settings.coalescing || settings.cacheTtlMs > 0 || settings.cachePinnedTtlMs > 0;
  return {
    budgets,
    ...(caching
      ? {
          cache: {
            proxyCache: createProxyCache(shared ? shared.responses(local) : local),
            ttl: { shortMs: settings.cacheTtlMs, pinnedMs: settings.cachePinnedTtlMs },
          },
        }
      : {}),
    health: () => shared?.describe() ?? null,
    async close() {
      budgets.close();
      await shared?.close();
    },
  };
}
