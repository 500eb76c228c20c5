import type { Clock } from './clock.ts';
import type { TokenStore } from './token-store.ts';

/** `interactive`: the page a person looks at; `background`: exports, charts' counts, live checks. */
export type Priority = 'interactive' | 'background';

export type Admission = { ok: true } | { ok: false; retryAfterSec: number; reason: string };

/** When both wait, every BACKGROUND_TURN-th grant goes to background work: first in line, never starved. */
export const BACKGROUND_TURN = 4;
const STORE_RETRY_MS = 50;

export interface SourceBudget {
  /** Waits for a token; answers `ok: false` (never hangs) when the wait would exceed the bound. */
  acquire(priority: Priority, signal?: AbortSignal): Promise<Admission>;
  /** A provider 429: nobody of this source goes upstream for `ms`. */
  pause(ms: number): void;
  readonly waiting: number;
  close(): void;
}

interface Waiter {
  settle(admission: Admission): void;
}

export interface SourceBudgetOptions {
  /** The longest a request may wait for its token before it is answered 429 with Retry-After. */
  maxWaitMs: number;
  /** The source's rate in tokens per ms, for estimating a newcomer's wait. */
  perMs: () => number;
  clock: Clock;
  store: () => TokenStore;
  onPause?: (ms: number) => void;
}

export function createSourceBudget(options: SourceBudgetOptions): SourceBudget {
  const { clock, maxWaitMs } = options;
  const queues: Record<Priority, Waiter[]> = { interactive: [], background: [] };
  let sinceBackground = 0;
  let blockedUntil = 0;
  let timer: unknown = null;
  let pumping = false;
  let closed = false;

  function next(): Waiter | undefined {
    const { interactive, background } = queues;
    const backgroundTurn =
      background.length > 0 && (interactive.length === 0 || sinceBackground >= BACKGROUND_TURN - 1);
    if (backgroundTurn) {
      sinceBackground = 0;
      return background.shift();
    }
    sinceBackground += 1;
    return interactive.shift();
  }

  /** How many grants go before a newcomer of this priority, under the turn rule above. */
  function ahead(priority: Priority): number {
    const i = queues.interactive.length;
    const b = queues.background.length;
    if (priority === 'interactive') return i + Math.min(b, Math.floor(i / (BACKGROUND_TURN - 1)));
    return b + Math.min(i, (b + 1) * (BACKGROUND_TURN - 1));
  }

  function estimateMs(priority: Priority): number {
    const blocked = Math.max(0, blockedUntil - clock.now());
    const short = ahead(priority) + 1 - Math.floor(options.store().available());
    return blocked + Math.max(0, short) / options.perMs();
  }

  function schedule(ms: number) {
    if (timer !== null) clock.clearTimeout(timer);
    timer = clock.setTimeout(() => {
      timer = null;
      void pump();
    }, ms);
  }

  async function pump(): Promise<void> {
    if (pumping || closed) return;
    pumping = true;
    try {
      while (queues.interactive.length + queues.background.length > 0 && !closed) {
        const store = options.store();
        let wait: number;
        try {
          wait = await store.take();
        } catch {
          wait = STORE_RETRY_MS; // the store falls back by itself; ask again shortly
        }
        if (wait > 0) {
          blockedUntil = clock.now() + wait;
          schedule(wait);
          return;
        }
        const waiter = next();
        if (waiter) waiter.settle({ ok: true });
        else store.refund(); // everyone waiting went away meanwhile
      }
    } finally {
      pumping = false;
    }
  }

  function refusal(priority: Priority, estimate: number): Admission {
    const seconds = Math.max(1, Math.ceil(estimate / 1000));
    return {
      ok: false,
      retryAfterSec: seconds,
      reason: `its request budget is spent for about ${seconds} s (${queues.interactive.length + queues.background.length} requests waiting, ${priority})`,
    };
  }

  return {
    acquire(priority, signal) {
      if (closed) return Promise.resolve({ ok: false, retryAfterSec: 1, reason: 'the server is closing' });
      const estimate = estimateMs(priority);
      if (estimate > maxWaitMs) return Promise.resolve(refusal(priority, estimate));
      return new Promise<Admission>((resolve) => {
        const queue = queues[priority];
        const leave = () => {
          const at = queue.indexOf(waiter);
          if (at >= 0) queue.splice(at, 1);
        };
        const deadline = clock.setTimeout(() => {
          leave();
          signal?.removeEventListener('abort', onAbort);
          resolve(refusal(priority, Math.max(estimateMs(priority), 1000)));
        }, maxWaitMs);
        const onAbort = () => {
          leave();
          clock.clearTimeout(deadline);
          resolve({ ok: false, retryAfterSec: 0, reason: 'the request went away' });
        };
        const waiter: Waiter = {
          settle(admission) {
            clock.clearTimeout(deadline);
            signal?.removeEventListener('abort', onAbort);
            resolve(admission);
          },
        };
        if (signal?.aborted) return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(waiter);
        void pump();
      });
    },
    pause(ms) {
      blockedUntil = Math.max(blockedUntil, clock.now() + ms);
      options.onPause?.(ms);
      void options
        .store()
        .pause(ms)
        .then(() => schedule(Math.max(0, blockedUntil - clock.now())));
    },
    get waiting() {
      return queues.interactive.length + queues.background.length;
    },
    close() {
      closed = true;
      if (timer !== null) clock.clearTimeout(timer);
      for (const waiter of [...queues.interactive, ...queues.background])
        waiter.settle({ ok: false, retryAfterSec: 1, reason: 'the server is closing' });
      queues.interactive.length = 0;
      queues.background.length = 0;
    },
  };
}
