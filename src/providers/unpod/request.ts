import type { ProviderRequest } from '../adapter.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import { CALL_LOGS_PATH, PAGE_SIZE } from './constants.ts';
import { dateBounds } from './dates.ts';
import { callTypeValue, only } from './unapplied.ts';

/** `/call-logs/` filter parameters, in the documented order; filters `unapplied` reports are left out. */
export function filterParams(query: ResolvedQuery): Array<[string, string]> {
  const params: Array<[string, string]> = [];
  const { startDate, endDate } = dateBounds(query);
  if (startDate !== null) params.push(['start_date', startDate]);
  if (endDate !== null) params.push(['end_date', endDate]);
  const callType = callTypeValue(query);
  if (callType !== null) params.push(['call_type', callType]);
  const status = only(query.statuses);
  if (status !== null && status.trim() !== '') params.push(['call_status', status.trim()]);
  return params;
}

export function listRequest(query: ResolvedQuery, page: number): ProviderRequest {
  const p = Number.isFinite(page) ? Math.max(1, Math.floor(page)) : 1;
  return {
    path: CALL_LOGS_PATH,
    params: [['page', String(p)], ['page_size', String(PAGE_SIZE)], ...filterParams(query)],
  };
}

/** The total alone: page 1 of one record (`count` counts the whole result). */
export function countRequest(query: ResolvedQuery): ProviderRequest {
  return { path: CALL_LOGS_PATH, params: [['page', '1'], ['page_size', '1'], ...filterParams(query)] };
}
