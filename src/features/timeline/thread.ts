import type { InvalidRecord, LogEntry } from '../../logs/log-entry.ts';
import { formatInZone } from '../../logs/time.ts';
import type { ListPage } from '../../providers/adapter.ts';

/** Pages asked of each source at most; past them the timeline says how many it is not showing. */
export const PAGE_CAP = 10;

/** How many pages of a result of `total` logs the timeline reads. */
export function pagesToRead(total: number, pageSize: number, cap = PAGE_CAP): number {
  return Math.max(1, Math.min(cap, Math.ceil(total / Math.max(1, pageSize))));
}

export interface CustomerEntries {
  entries: LogEntry[];
  /** Matched by the provider (its search is loose) but about another number. */
  dropped: number;
  /** Records of those pages that failed validation. */
  invalid: number;
}

/** The entries of `pages` whose customer is exactly `e164`; the rest counted, never silently lost. */
export function keepCustomer(pages: ReadonlyArray<ListPage>, e164: string): CustomerEntries {
  const entries: LogEntry[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  let invalid = 0;
  for (const page of pages) {
    for (const e of page.entries) {
      if (isInvalid(e)) invalid += 1;
      else if (e.customer.phone !== e164) dropped += 1;
      // A log that moved across a page boundary between two requests is shown once.
      else if (!seen.has(e.id)) {
        seen.add(e.id);
        entries.push(e);
      }
    }
  }
  return { entries, dropped, invalid };
}

function isInvalid(e: LogEntry | InvalidRecord): e is InvalidRecord {
  return 'kind' in e && e.kind === 'invalid';
}

export interface ThreadDay {
  /** `yyyy-MM-dd` in the display zone, or `unknown`. */
  key: string;
  label: string;
  entries: LogEntry[];
}

/** Oldest first, grouped by day in `zone`; logs without a start time last, under their own heading. */
export function threadByDay(entries: ReadonlyArray<LogEntry>, zone: string): ThreadDay[] {
  const timed = entries.filter((e) => e.startedAt !== null);
  const untimed = entries.filter((e) => e.startedAt === null);
  timed.sort(
    (a, b) =>
      (a.startedAt ?? 0) - (b.startedAt ?? 0) ||
      a.sourceId.localeCompare(b.sourceId) ||
      a.id.localeCompare(b.id),
  );
  const days: ThreadDay[] = [];
  for (const e of timed) {
    const key = formatInZone(e.startedAt ?? 0, zone, 'yyyy-MM-dd');
    const last = days.at(-1);
    if (last?.key === key) last.entries.push(e);
    else days.push({ key, label: formatInZone(e.startedAt ?? 0, zone, 'dd MMM yyyy'), entries: [e] });
  }
  if (untimed.length > 0) days.push({ key: 'unknown', label: 'Time unknown', entries: untimed });
  return days;
}
