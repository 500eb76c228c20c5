import type { FilterKey, UnappliedFilter } from '../adapter.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import { capabilities, EXTRA_FILTERS } from './capabilities.ts';

/** The one value Convoso can filter by, or null when there are none or several. */
export function only<T>(values: readonly T[] | undefined): T | null {
  if (!values) return null;
  const distinct = new Set(values);
  return distinct.size === 1 ? (values[0] ?? null) : null;
}

export function hasDigits(s: string): boolean {
  return /\d/.test(s);
}

const MULTI: ReadonlyArray<[FilterKey, 'statuses' | 'campaigns' | 'agents', string]> = [
  ['status', 'statuses', 'statuses'],
  ['campaign', 'campaigns', 'campaigns'],
  ['agent', 'agents', 'agents'],
];

function reasonOf(key: FilterKey): string {
  const c = capabilities.filters[key];
  return c.supported ? '' : c.reason;
}

const extraByName = new Map(EXTRA_FILTERS.map((f) => [f.name, f]));

/** The value of a provider-only filter that the request sends, or null (absent, several, or invalid). */
export function extraValue(query: ResolvedQuery, name: string): string | null {
  const filter = extraByName.get(name);
  const value = only(query.extra[name]);
  if (!filter || value === null) return null;
  return filter.validate?.(value) == null ? value.trim() : null;
}

/** Filters of the query that `/log/retrieve` cannot apply; request.ts leaves exactly these out. */
export function unapplied(query: ResolvedQuery): UnappliedFilter[] {
  const out: UnappliedFilter[] = [];
  for (const [key, field, plural] of MULTI) {
    if (new Set(query[field]).size > 1)
      out.push({ filter: key, reason: `Convoso filters by one ${key} at a time; showing all ${plural}` });
  }
  if (query.dispositions.length > 0) out.push({ filter: 'disposition', reason: reasonOf('disposition') });
  if (query.phone !== null && !hasDigits(query.phone))
    out.push({ filter: 'phone', reason: `'${query.phone.slice(0, 40)}' has no digits to search by` });
  if (query.from !== null) out.push({ filter: 'from', reason: reasonOf('from') });
  if (query.q !== null) out.push({ filter: 'q', reason: reasonOf('q') });
  if (query.sort !== null && query.sort.field !== 'time')
    out.push({ filter: 'sort', reason: 'Convoso sorts by call time only (newest or oldest first)' });
  for (const [name, values] of Object.entries(query.extra)) {
    const filter = extraByName.get(name);
    if (!filter) {
      out.push({ filter: `x.${name}`, reason: `Convoso has no filter '${name}'` });
      continue;
    }
    if (new Set(values).size > 1) {
      out.push({
        filter: `x.${name}`,
        reason: `Convoso filters by one ${filter.label.toLowerCase()} at a time`,
      });
      continue;
    }
    const value = values[0];
    const problem = value === undefined ? null : (filter.validate?.(value) ?? null);
    if (problem !== null) out.push({ filter: `x.${name}`, reason: `${filter.label}: ${problem}` });
  }
  return out;
}
