import { NONE, type TimepayDataset } from '../data/dataset.ts';
import type { LogCriteria } from './log-query.ts';
import { timeRange, type SearchResult } from '../../../log-search.ts';
import { MALFORMED_NO_TYPE, MALFORMED_START_TIME } from '../data/quirks.ts';
import { MAX_QUEUE_LAG_MS, queuedMs } from '../live/queue-time.ts';

/**
 * Counts the matches and collects those in [offset, offset+limit). The time range is two binary
 * searches, a phone is its customer's own list; the rest is one tight pass over typed arrays.
 */
export function searchLogs(
  ds: TimepayDataset,
  c: LogCriteria,
  offset: number,
  limit: number,
  onQueue = false,
): SearchResult {
  const positions: number[] = [];
  const codes = [c.type, c.status, c.disposition, c.from, c.customer, c.campaign, c.agent];
  if (codes.some((v) => v === -1)) return { total: 0, positions };
  const hasTime = c.startMs !== undefined || c.endMs !== undefined;
  // Live: the window is on the queue time, which runs up to MAX_QUEUE_LAG_MS before the start.
  const endMs = onQueue && c.endMs !== undefined ? c.endMs + MAX_QUEUE_LAG_MS : c.endMs;
  const { lo, hi } = timeRange(ds.startMs, c.startMs, endMs, ds.clock.now());
  if (hi <= lo) return { total: 0, positions };
  const filtered = [c.type, c.status, c.disposition, c.from, c.campaign, c.agent].some(
    (v) => v !== undefined,
  );
  if (c.customer === undefined && !filtered && !hasTime) {
    // No predicate at all: the window is a slice of positions.
    for (let i = lo + offset; i < Math.min(hi, lo + offset + limit); i++) positions.push(i);
    return { total: hi - lo, positions };
  }
  const candidates =
    c.customer === undefined
      ? null
      : ds.customerLogs.subarray(ds.customerStart[c.customer] ?? 0, ds.customerStart[c.customer + 1] ?? 0);
  return scan(ds, c, hasTime, candidates, lo, hi, offset, limit, onQueue);
}

/** One tight pass with every check inline (no closures: this loop is the whole cost of a list request). */
function scan(
  ds: TimepayDataset,
  c: LogCriteria,
  hasTime: boolean,
  candidates: Uint32Array | null,
  lo: number,
  hi: number,
  offset: number,
  limit: number,
  onQueue: boolean,
): SearchResult {
  const type = c.type ?? NONE;
  const queueFrom = onQueue ? (c.startMs ?? -Infinity) : -Infinity;
  const queueTo = onQueue ? (c.endMs ?? Infinity) : Infinity;
  const status = c.status ?? NONE;
  const disposition = c.disposition ?? NONE;
  const from = c.from ?? NONE;
  const campaign = c.campaign ?? NONE;
  const agent = c.agent ?? NONE;
  const types = ds.type;
  const statuses = ds.status;
  const dispositions = ds.disposition;
  const froms = ds.from;
  const campaigns = ds.campaign;
  const agents = ds.agent;
  const quirk = ds.quirk;
  const positions: number[] = [];
  const end = offset + limit;
  const n = candidates === null ? hi - lo : candidates.length;
  let total = 0;
  for (let k = 0; k < n; k++) {
    const i = candidates === null ? lo + k : (candidates[k] as number);
    if (i < lo || i >= hi) continue;
    if (type !== NONE && (types[i] !== type || quirk[i] === MALFORMED_NO_TYPE)) continue;
    if (status !== NONE && statuses[i] !== status) continue;
    if (disposition !== NONE && dispositions[i] !== disposition) continue;
    if (from !== NONE && froms[i] !== from) continue;
    if (campaign !== NONE && campaigns[i] !== campaign) continue;
    if (agent !== NONE && agents[i] !== agent) continue;
    // A record whose start_time is not a date cannot fall inside a time range.
    if (hasTime && quirk[i] === MALFORMED_START_TIME) continue;
    if (onQueue && hasTime) {
      const queued = queuedMs(ds, i);
      if (queued < queueFrom || queued > queueTo) continue;
    }
    if (total >= offset && total < end) positions.push(i);
    total++;
  }
  return { total, positions };
}
