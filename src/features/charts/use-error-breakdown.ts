import { useQueries } from '@tanstack/react-query';
import { logPageQueryOptions } from '../../api/logs.ts';
import { errorCodeOf, errorText } from '../../logs/log-fields.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import type { ChartMember } from './dimensions.ts';
import type { BreakdownRow, VolumeData } from './use-volume.ts';

/**
 * No provider filters or counts by Meta error code, so the breakdown reads the rows themselves: at most
 * this many per source (failed WhatsApp messages of a day or a week are far fewer).
 */
export const ERROR_SCAN_LIMIT = 1_000;

const NONE = '\u0000none';

/**
 * The result by delivery error code (the first error of each message), read from the same cached pages
 * as the table; every row is counted once, so the rows sum to the total. Null while pages load.
 */
export function useErrorBreakdown(
  members: readonly ChartMember[],
  resolved: ResolvedQuery,
): { data: VolumeData['breakdown']; notes: string[] } {
  const firsts = useQueries({
    queries: members.map((m) => logPageQueryOptions(m.source, m.adapter, resolved, 1)),
  });
  const notes: string[] = [];
  const deeper = members.flatMap((m, i) => {
    const first = firsts[i]?.data;
    if (!first) return [];
    const size = Math.max(1, first.pageSize);
    if (first.total > ERROR_SCAN_LIMIT) {
      notes.push(
        `${m.source.label} has ${first.total.toLocaleString('en')} logs here; the breakdown by error code reads every row, so narrow the result (a shorter time range) to at most ${ERROR_SCAN_LIMIT.toLocaleString('en')}`,
      );
      return [];
    }
    const pages = Math.ceil(first.total / size);
    return Array.from({ length: Math.max(0, pages - 1) }, (_, p) => ({
      member: i,
      options: logPageQueryOptions(m.source, m.adapter, resolved, p + 2, first.total),
    }));
  });
  const rest = useQueries({ queries: deeper.map((d) => d.options) });
  const error = [...firsts, ...rest].find((r) => r.error)?.error;
  if (error) notes.push(`a page could not be read: ${error.message}`);
  const ready = firsts.every((r) => r.data) && rest.every((r) => r.data);
  if (!ready || notes.length > 0) return { data: null, notes };

  const byCode = new Map<string, BreakdownRow>();
  let counted = 0;
  const add = (value: string, label: string) => {
    const row = byCode.get(value) ?? { value, label, count: 0 };
    row.count += 1;
    byCode.set(value, row);
    counted += 1;
  };
  for (const result of [...firsts, ...rest])
    for (const item of result.data?.entries ?? []) {
      if ('kind' in item) add('\u0000unreadable', 'Unreadable record');
      else {
        const code = errorCodeOf(item);
        add(code || NONE, code ? (errorText(item).split('; ')[0] ?? code) : 'No error code');
      }
    }
  const rows = [...byCode.values()].sort((a, b) => b.count - a.count);
  return { data: { rows, other: 0, counted }, notes };
}
