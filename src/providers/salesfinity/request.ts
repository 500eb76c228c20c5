import type { ProviderRequest, UnappliedFilter } from '../adapter.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { CALL_LOG_PATH, PAGE_SIZE } from './constants.ts';
import { planQuery } from './query-plan.ts';

/** A `/call-log` page: filters, then `sort` (only when not the default), `limit` and 1-based `page`. */
export function listRequest(query: ResolvedQuery, page: number, source: SourceInfo): ProviderRequest {
  const p = Number.isFinite(page) ? Math.max(1, Math.floor(page)) : 1;
  const { params } = planQuery(query, source);
  return { path: CALL_LOG_PATH, params: [...params, ['limit', String(PAGE_SIZE)], ['page', String(p)]] };
}

/** The total alone: one record of page 1 (`pagination.total` counts the whole result). */
export function countRequest(query: ResolvedQuery, source: SourceInfo): ProviderRequest {
  const { params } = planQuery(query, source);
  return { path: CALL_LOG_PATH, params: [...params, ['limit', '1'], ['page', '1']] };
}

/** The source's country only affects how phone values are written, never whether a filter applies. */
const ANY_SOURCE: SourceInfo = {
  id: '',
  provider: 'salesfinity',
  label: '',
  timeZone: 'UTC',
  defaultCountry: 'US',
  sandbox: false,
};

export function unapplied(query: ResolvedQuery): UnappliedFilter[] {
  return planQuery(query, ANY_SOURCE).unapplied;
}
