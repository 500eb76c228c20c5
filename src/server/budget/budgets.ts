import type { Logger } from '../logger.ts';
import type { Clock } from './clock.ts';
import { createSourceBudget, type SourceBudget } from './source-budget.ts';
import { bucketShape, createLocalTokenStore, type RateLimit, type TokenStore } from './token-store.ts';

/** Where budgets are shared (Redis), and whether that is reachable now. */
export interface SharedTokens {
  /** True while the shared store answers; false sends every source to its in-process share. */
  up(): boolean;
  /** This instance's share of a limit while the shared store is down: 1 / the instances last seen. */
  share(): number;
  store(sourceId: string, limit: RateLimit): TokenStore;
  /** The shared store failed a command: go local until it is back (the caller logs why). */
  failed(error: unknown): void;
  /** Counts the times the shared store came (back) up: each time, this instance drains its buckets once. */
  epoch(): number;
}

export interface Budgets {
  forSource(id: string): SourceBudget | undefined;
  close(): void;
}

export interface BudgetSource {
  id: string;
  rateLimit: RateLimit;
}

/** Tries the shared store, and falls back to the local bucket at this instance's share when it fails. */
function resilientStore(shared: SharedTokens, source: BudgetSource, clock: Clock): () => TokenStore {
  const remote = shared.store(source.id, source.rateLimit);
  // The local bucket starts empty whenever the instance falls back to it: the shared one was just in use.
  let fallback: { share: number; store: TokenStore } | null = null;
  const local = (): TokenStore => {
    const share = shared.share();
    if (fallback?.share !== share)
      fallback = { share, store: createLocalTokenStore(source.rateLimit, clock, share, true) };
    return fallback.store;
  };
  let seenEpoch = shared.epoch();
  const store: TokenStore = {
    async take() {
      if (shared.up()) {
        try {
          if (seenEpoch !== shared.epoch()) {
            seenEpoch = shared.epoch();
            fallback = null;
            await remote.drain?.();
          }
          return await remote.take();
        } catch (error) {
          shared.failed(error);
        }
      }
      return local().take();
    },
    refund() {
      if (!shared.up()) local().refund();
    },
    available: () => (shared.up() ? 0 : local().available()),
    async pause(ms) {
      await local().pause(ms);
      if (shared.up()) await remote.pause(ms).catch((error: unknown) => shared.failed(error));
    },
  };
  return () => store;
}

/** One token bucket per source, drawn by every upstream request of that source. */
export function createBudgets(options: {
  sources: readonly BudgetSource[];
  clock: Clock;
  maxWaitMs: number;
  logger: Logger;
  shared?: SharedTokens;
}): Budgets {
  const { clock, shared } = options;
  const budgets = new Map<string, SourceBudget>();
  for (const source of options.sources) {
    const store = shared
      ? resilientStore(shared, source, clock)
      : (
          (s: TokenStore) => () =>
            s
        )(createLocalTokenStore(source.rateLimit, clock));
    budgets.set(
      source.id,
      createSourceBudget({
        clock,
        maxWaitMs: options.maxWaitMs,
        perMs: () => bucketShape(source.rateLimit, shared && !shared.up() ? shared.share() : 1).perMs,
        store,
        onPause: (ms) =>
          options.logger.warn(
            `[switchboard] source "${source.id}": the provider answered 429; every request of this source waits ${Math.ceil(ms / 1000)} s`,
          ),
      }),
    );
  }
  return {
    forSource: (id) => budgets.get(id),
    close() {
      for (const budget of budgets.values()) budget.close();
    },
  };
}
