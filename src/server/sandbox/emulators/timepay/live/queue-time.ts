import { hash32 } from '../../../prng.ts';
import type { TimepayDataset } from '../data/dataset.ts';

/**
 * Live, `start_time`/`end_time` filter on an internal queue time, not on the call's start (PROVIDERS.md,
 * live section: a 10:10–10:15 window returned calls that started 10:12–10:28). The sandbox queues each
 * log 0–18 minutes before it starts.
 */
export const MAX_QUEUE_LAG_MS = 18 * 60_000;

/** When log `i` was queued (epoch ms): its start minus a lag drawn from its position. */
export function queuedMs(ds: TimepayDataset, i: number): number {
  const lagSec = hash32(ds.seed ^ 0x9e7e, i) % (MAX_QUEUE_LAG_MS / 1000 + 1);
  return (ds.startMs[i] ?? 0) - lagSec * 1000;
}
