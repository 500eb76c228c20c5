import type { ProviderRequest } from '../adapter.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import { CALL_LOGS_PATH, PAGE_SIZE, SORT_PARAM } from './constants.ts';
import { timeParams } from './dates.ts';
import { extraValue, only, startOrderDesc } from './unapplied.ts';

/**
 * `/call-logs/` filter parameters; filters `unapplied` reports are left out. Time goes in both spellings
 * (docs: `start_date`/`end_date`; the server: `start_time`/`end_time`), always sorted by `start_time`,
 * so the rows outside the exact range sit at the ends (exact-range.ts).
 */
export function filterParams(query: ResolvedQuery): Array<[string, string]> {
  const params: Array<[string, string]> = [];
  const t = timeParams(query);
  if (t.startDate !== null) params.push(['start_date', t.startDate]);
  if (t.endDate !== null) params.push(['end_date', t.endDate]);
  if (t.startTime !== null) params.push(['start_time', t.startTime]);
  if (t.endTime !== null) params.push(['end_time', t.endTime]);
  const callType = extraValue(query, 'call_type');
  if (callType !== null) params.push(['call_type', callType.toLowerCase()]);
  const status = only(query.statuses);
  if (status !== null && status.trim() !== '') params.push(['call_status', status.trim()]);
  for (const name of ['source_number', 'destination_number', 'call_duration']) {
    const value = extraValue(query, name);
    if (value !== null) params.push([name, value]);
  }
  const desc = startOrderDesc(query) ?? true;
  params.push([SORT_PARAM, JSON.stringify({ start_time: desc ? 'descend' : 'ascend' })]);
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
