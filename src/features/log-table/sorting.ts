import type { ProviderId } from '../../logs/log-entry.ts';
import type { SortSpec } from '../../logs/log-query.ts';
import type { Capabilities, SortField } from '../../providers/adapter.ts';
import { columnLabel } from './columns.tsx';

/** Every provider answers newest first when no sort is asked for. */
export const NATIVE_ORDER: SortSpec = { field: 'time', desc: true };

const providerName: Record<ProviderId, string> = {
  timepay: 'timepay',
  salesfinity: 'Salesfinity',
  unpod: 'unpod',
  convoso: 'Convoso',
};

/** Columns whose first click sorts largest first (newest, longest); text columns start at A. */
const DESC_FIRST = new Set(['time', 'duration']);

export type HeaderSort =
  | { sortable: true; direction: 'ascending' | 'descending' | null }
  | { sortable: false; direction: 'ascending' | 'descending' | null; reason: string };

/** The order rows are in: the URL's sort where the provider applies it, else its native newest first. */
export function effectiveSort(sort: SortSpec | null, capabilities: Capabilities): SortSpec {
  return sort && capabilities.sortFields.includes(sort.field as SortField) ? sort : NATIVE_ORDER;
}

/** Whether a column's header sorts, the direction it shows, and why not when it cannot. */
export function headerSort(
  columnId: string,
  sort: SortSpec | null,
  capabilities: Capabilities,
  provider: ProviderId,
): HeaderSort {
  const order = effectiveSort(sort, capabilities);
  const direction = order.field === columnId ? (order.desc ? 'descending' : 'ascending') : null;
  if (capabilities.sortFields.includes(columnId as SortField)) return { sortable: true, direction };
  const cap = capabilities.filters.sort;
  if (!cap.supported || capabilities.sortFields.length === 0)
    return {
      sortable: false,
      direction,
      reason: cap.supported ? `${providerName[provider]} returns newest first only` : cap.reason,
    };
  const fields = capabilities.sortFields.map(columnLabel).join(' or ');
  return { sortable: false, direction, reason: `${providerName[provider]} sorts by ${fields} only` };
}

/** The sort a click on a sortable header asks for: the other direction of the current one, or its first. */
export function nextSort(columnId: string, sort: SortSpec | null, capabilities: Capabilities): SortSpec {
  const order = effectiveSort(sort, capabilities);
  if (order.field === columnId) return { field: columnId, desc: !order.desc };
  return { field: columnId, desc: DESC_FIRST.has(columnId) };
}

const WORDS: Record<string, [asc: string, desc: string]> = {
  time: ['oldest first', 'newest first'],
  duration: ['shortest first', 'longest first'],
};

/** "Sort by Started, oldest first": what choosing `next` does, in words. */
export function sortHint(next: SortSpec): string {
  const [asc, desc] = WORDS[next.field] ?? ['A to Z', 'Z to A'];
  return `Sort by ${columnLabel(next.field)}, ${next.desc ? desc : asc}`;
}
