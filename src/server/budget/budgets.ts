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
  const locals = new Map<number, TokenStore>();
  const local = (): TokenStore => {
    const share = shared.share();
    let store = locals.get(share);
    if (!store) locals.set(share, (store = createLocalTokenStore(source.rateLimit, clock, share)));
    return store;
  };
  const store: TokenStore = {
    async take() {
      if (shared.up()) {
        try {
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
