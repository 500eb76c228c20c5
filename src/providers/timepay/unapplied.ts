import type { FilterKey, UnappliedFilter } from '../adapter.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import { capabilities } from './capabilities.ts';
import { NATIVE_SORT } from './constants.ts';

/** The one value timepay can filter by, or null when there are none or several. */
export function only<T>(values: readonly T[]): T | null {
  const distinct = new Set(values);
  return distinct.size === 1 ? (values[0] ?? null) : null;
}

/** True when the string carries digits to search by. */
export function hasDigits(s: string): boolean {
  return /\d/.test(s);
}

const MULTI: ReadonlyArray<[FilterKey, keyof ResolvedQuery, string]> = [
  ['status', 'statuses', 'statuses'],
  ['disposition', 'dispositions', 'dispositions'],
  ['campaign', 'campaigns', 'campaigns'],
  ['agent', 'agents', 'agents'],
];

function reasonOf(key: FilterKey): string {
  const c = capabilities.filters[key];
  return c.supported ? '' : c.reason;
}

/** Filters of the query that `/logs` cannot apply; request.ts leaves exactly these out. */
export function unapplied(query: ResolvedQuery): UnappliedFilter[] {
  const out: UnappliedFilter[] = [];
  const channels = new Set(query.channels);
  // Every channel selected is the same as none: nothing to apply, nothing to report.
  if (channels.size > 1 && channels.size < capabilities.channels.length) {
    out.push({ filter: 'channel', reason: 'timepay filters by one channel at a time; showing all channels' });
  }
  for (const [key, field, plural] of MULTI) {
    const values = query[field];
    if (Array.isArray(values) && new Set(values).size > 1) {
      out.push({ filter: key, reason: `timepay filters by one ${key} at a time; showing all ${plural}` });
    }
  }
  if (query.phone !== null && !hasDigits(query.phone)) {
    out.push({ filter: 'phone', reason: `'${query.phone.slice(0, 40)}' has no digits to search by` });
  }
  if (query.from !== null && !hasDigits(query.from)) {
    out.push({ filter: 'from', reason: `'${query.from.slice(0, 40)}' has no digits to search by` });
  }
  if (query.q !== null) out.push({ filter: 'q', reason: reasonOf('q') });
  if (
    query.sort !== null &&
    (query.sort.field !== NATIVE_SORT.field || query.sort.desc !== NATIVE_SORT.desc)
  ) {
    out.push({ filter: 'sort', reason: reasonOf('sort') });
  }
  for (const name of Object.keys(query.extra)) {
    out.push({ filter: `x.${name}`, reason: `timepay has no filter '${name}'` });
  }
  return out;
}
