import { useQueries } from '@tanstack/react-query';
import { optionsQueryOptions } from '../../api/options.ts';
import type { PickerOption } from '../../providers/adapter.ts';
import type { BreakdownBy, ChartMember } from './dimensions.ts';

/** A breakdown asks one count per value: a provider's list longer than this is cut (its tail joins "Other"). */
export const MAX_VALUES = 40;

/**
 * The values of `dim` per member: the provider's own list (the filter picker's, same cache), else the
 * values its adapter documents. Null while a list is still loading, so counts are not asked twice.
 */
export function useValueLists(
  members: readonly ChartMember[],
  dim: BreakdownBy | null,
): Array<readonly PickerOption[]> | null {
  const lists = useQueries({
    queries: members.map((m) => ({
      ...optionsQueryOptions(m.source, m.adapter, dim ?? 'status'),
      enabled: dim !== null && m.adapter.options[dim] !== undefined,
    })),
  });
  if (dim === null) return null;
  const out: Array<readonly PickerOption[]> = [];
  for (const [i, m] of members.entries()) {
    const known = m.adapter.capabilities.knownValues?.[dim] ?? [];
    const list = lists[i];
    if (m.adapter.options[dim] === undefined || !list) out.push(known.slice(0, MAX_VALUES));
    else if (list.isPending) return null;
    else out.push((list.data && list.data.length > 0 ? list.data : known).slice(0, MAX_VALUES));
  }
  return out;
}
