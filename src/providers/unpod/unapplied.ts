import type { FilterKey, UnappliedFilter } from '../adapter.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import { capabilities } from './capabilities.ts';
import { extraFilterByName } from './extra-filters.ts';

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

/** The one valid value of a provider-only filter to send, trimmed, or null. */
export function extraValue(query: ResolvedQuery, name: string): string | null {
  const value = only(query.extra[name] ?? []);
  const filter = extraFilterByName.get(name);
  return value !== null && filter !== undefined && filter.validate?.(value) === null ? value.trim() : null;
}

/** The order asked of the server by start time: true newest first, false oldest first, null: unsortable ask. */
export function startOrderDesc(query: ResolvedQuery): boolean | null {
  if (query.sort === null) return true;
  return query.sort.field === 'time' ? query.sort.desc : null;
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
  if (startOrderDesc(query) === null) out.push({ filter: 'sort', reason: 'unpod sorts by start time only' });
  for (const [name, values] of Object.entries(query.extra)) {
    const filter = extraFilterByName.get(name);
    if (filter === undefined) {
      out.push({ filter: `x.${name}`, reason: `unpod has no filter '${name.slice(0, 40)}'` });
      continue;
    }
    if (new Set(values).size > 1) {
      out.push({
        filter: `x.${name}`,
        reason: `unpod filters by one ${filter.label.toLowerCase()} at a time`,
      });
      continue;
    }
    const problem = values[0] === undefined ? null : (filter.validate?.(values[0]) ?? null);
    if (problem !== null) out.push({ filter: `x.${name}`, reason: problem });
  }
  return out;
}
