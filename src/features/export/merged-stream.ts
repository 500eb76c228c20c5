import { streamPages, type StreamMember, type StreamOptions } from '../../api/page-stream.ts';
import type { InvalidRecord, LogEntry } from '../../logs/log-entry.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import { effectiveTimes, mergePrefix } from '../../logs/merge.ts';

/** Rows in the order they go into the file, a batch at a time (one batch per page fetched). */
export interface RowBatch {
  /** Each entry with the index of its member (for that source's phone format). */
  rows: Array<{ member: number; entry: LogEntry | InvalidRecord }>;
  /** A member's first page arrived: its total. */
  totals: Array<{ member: number; total: number }>;
}

/** The one source of a single view: its pages as they come. */
async function* single(member: StreamMember, query: ResolvedQuery, options: StreamOptions) {
  let first = true;
  for await (const page of streamPages(member, query, options)) {
    const totals = first ? [{ member: 0, total: page.total }] : [];
    first = false;
    yield { rows: page.entries.map((entry) => ({ member: 0, entry })), totals } satisfies RowBatch;
  }
}

interface Slot {
  entry: LogEntry | InvalidRecord | null;
  /** Effective time (merge.ts) for the sentinel; the start time otherwise. */
  time: number | null;
}

const startOf = (e: LogEntry | InvalidRecord) => ('kind' in e ? null : e.startedAt);

/**
 * Several sources newest first, as the merged view shows them (`mergePrefix` of `src/logs/merge.ts`),
 * reading a source's next page only when the merge needs it. What has been written is dropped from the
 * buffers; a sentinel carrying the last written entry's effective time keeps the merge's clamping exact.
 */
async function* merged(members: readonly StreamMember[], query: ResolvedQuery, options: StreamOptions) {
  const streams = members.map((m) => streamPages(m, query, options));
  const buffers: Slot[][] = members.map(() => []);
  const hasMore = members.map(() => true);
  const started = members.map(() => false);
  try {
    for (;;) {
      const result = mergePrefix(
        buffers.map((entries, m) => ({ entries, hasMore: hasMore[m] ?? false })),
        (slot) => slot.time,
      );
      const rows: RowBatch['rows'] = [];
      for (const row of result.rows)
        if (row.item.entry !== null) rows.push({ member: row.member, entry: row.item.entry });
      buffers.forEach((buffer, m) => {
        const placed = result.placed[m] ?? 0;
        if (placed === 0) return;
        const time = effectiveTimes(buffer, (slot) => slot.time)[placed - 1] ?? null;
        buffers[m] = [{ entry: null, time }, ...buffer.slice(placed)];
      });
      const totals: RowBatch['totals'] = [];
      if (result.needs.length === 0) {
        if (rows.length > 0) yield { rows, totals } satisfies RowBatch;
        return;
      }
      for (const m of result.needs) {
        const next = await streams[m]!.next();
        if (next.done) {
          hasMore[m] = false;
          continue;
        }
        const page = next.value;
        if (!started[m]) totals.push({ member: m, total: page.total });
        started[m] = true;
        hasMore[m] = page.hasNext && page.entries.length > 0;
        for (const entry of page.entries) buffers[m]!.push({ entry, time: startOf(entry) });
      }
      if (rows.length > 0 || totals.length > 0) yield { rows, totals } satisfies RowBatch;
    }
  } finally {
    await Promise.all(streams.map((s) => s.return(undefined)));
  }
}

/** The rows of a view in file order: one source's pages, or several merged newest first. */
export function viewRows(
  members: readonly StreamMember[],
  query: ResolvedQuery,
  options: StreamOptions,
): AsyncGenerator<RowBatch, void, void> {
  const [only] = members;
  if (members.length === 1 && only) return single(only, query, options);
  return merged(members, query, options);
}
