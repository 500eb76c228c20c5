import type { FilterKey, UnappliedFilter } from '../adapter.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import { capabilities } from './capabilities.ts';
import { NATIVE_SORT } from './constants.ts';
import { callTypeFilter } from './extra-filters.ts';
import { dateBounds } from './dates.ts';

/** The one value unpod can filter by, or null when there are none or several. */
export function only<T>(values: readonly T[]): T | null {
  const distinct = new Set(values);
  return distinct.size === 1 ? (values[0] ?? null) : null;
}

function reasonOf(key: FilterKey): string {
  const c = capabilities.filters[key];
  return c.supported ? '' : c.reason;
}

const UNSUPPORTED: ReadonlyArray<[FilterKey, (q: ResolvedQuery) => boolean]> = [
  ['disposition', (q) => q.dispositions.length > 0],
  ['campaign', (q) => q.campaigns.length > 0],
  ['agent', (q) => q.agents.length > 0],
  ['phone', (q) => q.phone !== null],
  ['from', (q) => q.from !== null],
  ['q', (q) => q.q !== null],
];

/** The one `x.call_type` value to send, or null (none, several, or one that fails validation). */
export function callTypeValue(query: ResolvedQuery): string | null {
  const value = only(query.extra.call_type ?? []);
  return value !== null && callTypeFilter.validate?.(value) === null ? value.trim().toLowerCase() : null;
}

/** Filters of the query that `/call-logs/` cannot apply; request.ts leaves exactly these out. */
export function unapplied(query: ResolvedQuery): UnappliedFilter[] {
  const out: UnappliedFilter[] = [];
  if (new Set(query.statuses).size > 1) {
    out.push({
      filter: 'status',
      reason: 'unpod filters by one call status at a time; showing all statuses',
    });
  }
  for (const [key, present] of UNSUPPORTED)
    if (present(query)) out.push({ filter: key, reason: reasonOf(key) });
  const days = dateBounds(query);
  if (days.sinceWidened) out.push({ filter: 'since', reason: days.sinceWidened });
  if (days.untilWidened) out.push({ filter: 'until', reason: days.untilWidened });
  if (
    query.sort !== null &&
    (query.sort.field !== NATIVE_SORT.field || query.sort.desc !== NATIVE_SORT.desc)
  ) {
    out.push({ filter: 'sort', reason: reasonOf('sort') });
  }
  for (const [name, values] of Object.entries(query.extra)) {
    if (name !== callTypeFilter.name) {
      out.push({ filter: `x.${name}`, reason: `unpod has no filter '${name}'` });
      continue;
    }
    if (new Set(values).size > 1) {
      out.push({ filter: `x.${name}`, reason: 'unpod filters by one call type at a time; showing both' });
      continue;
    }
    const problem = values[0] === undefined ? null : (callTypeFilter.validate?.(values[0]) ?? null);
    if (problem !== null) out.push({ filter: `x.${name}`, reason: problem });
  }
  return out;
}
