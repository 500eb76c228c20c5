import type { ResolvedQuery } from '../logs/log-query.ts';
import type { SourceInfo } from '../logs/source.ts';
import type { ListPage, ProviderAdapter } from '../providers/adapter.ts';
import { ApiError } from './http.ts';
import { fetchLogPage } from './logs.ts';
import { Pacer, sleep, type PacerClock } from './pacer.ts';

/** A source and its adapter (a `ViewMember`). */
export interface StreamMember {
  source: SourceInfo;
  adapter: ProviderAdapter;
}

/** Used when an adapter names no rate limit: one list request every 500 ms. */
export const DEFAULT_RATE_LIMIT = { requests: 2, perMs: 1_000 } as const;

/** 5xx and network faults: this many retries per page, with backoff (as the table's queries). */
const MAX_FAULT_RETRIES = 4;
/** 429s in a row for one page before the stream gives up. */
const MAX_RATE_LIMITED = 20;

/** A pause the stream takes before asking again: reported so the UI can say why rows stopped coming. */
export interface StreamWait {
  reason: 'rate-limited' | 'retrying';
  /** How long it waits, in ms. */
  ms: number;
  /** The page it is asking for, and how many times it has been refused. */
  page: number;
  attempt: number;
  status: number;
  message: string;
}

export interface StreamOptions {
  signal: AbortSignal;
  onWait?: (wait: StreamWait) => void;
  /** Overrides the adapter's rate limit (tests). */
  rateLimit?: { requests: number; perMs: number };
  /** The pacer's clock (tests observe or fake it); the real one by default. */
  clock?: PacerClock;
}

/**
 * Every page of one source's result, in order, through the table's own fetch logic (`fetchLogPage`):
 * paced by the provider's rate limit, waiting out a 429's `Retry-After`, retrying 5xx and network faults
 * a few times, never another 4xx. A page the provider cannot serve (Convoso past its offset cap) throws
 * `PageOutOfReachError` with the provider's reason; an abort of `signal` cancels the request in flight.
 */
export async function* streamPages(
  member: StreamMember,
  query: ResolvedQuery,
  { signal, onWait, rateLimit, clock }: StreamOptions,
): AsyncGenerator<ListPage, void, void> {
  const { source, adapter } = member;
  const pacer = new Pacer(rateLimit ?? adapter.capabilities.rateLimit ?? DEFAULT_RATE_LIMIT, clock);
  let knownTotal: number | null = null;
  for (let page = 1; ; page += 1) {
    const result = await fetchWithRetries(page);
    knownTotal ??= result.total;
    yield result;
    // An empty page past the first means the total overstated the result (it shrank meanwhile): stop.
    if (!result.hasNext || (result.entries.length === 0 && page > 1)) return;
  }

  async function fetchWithRetries(page: number): Promise<ListPage> {
    let faults = 0;
    let limited = 0;
    for (;;) {
      await pacer.turn(signal);
      try {
        return await fetchLogPage(source, adapter, query, page, knownTotal, signal, 'background');
      } catch (error) {
        if (signal.aborted || !(error instanceof ApiError) || !error.retryable) throw error;
        let wait: number;
        let attempt: number;
        if (error.status === 429) {
          limited += 1;
          if (limited > MAX_RATE_LIMITED) throw error;
          attempt = limited;
          wait =
            error.retryAfterSec !== null ? error.retryAfterSec * 1000 : Math.min(1000 * 2 ** limited, 30_000);
        } else {
          faults += 1;
          if (faults > MAX_FAULT_RETRIES) throw error;
          attempt = faults;
          wait = Math.min(500 * 2 ** faults, 8_000);
        }
        onWait?.({
          reason: error.status === 429 ? 'rate-limited' : 'retrying',
          ms: wait,
          page,
          attempt,
          status: error.status,
          message: error.message,
        });
        await sleep(wait, signal);
      }
    }
  }
}
