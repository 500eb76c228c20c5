import { parseQueryTime } from '../../../ist-time.ts';
import { BUSINESS_NUMBERS, STATUSES, TYPES } from '../data/codes.ts';
import type { TimepayDataset } from '../data/dataset.ts';

/** Filters as codes of the data set; -1 means "matches nothing" (an unknown value). */
export interface LogCriteria {
  type?: number;
  status?: number;
  disposition?: number;
  from?: number;
  customer?: number;
  campaign?: number;
  agent?: number;
  startMs?: number;
  endMs?: number;
}

export type ParsedLogQuery =
  { ok: true; criteria: LogCriteria; page: number; countOnly: boolean } | { ok: false; errors: string[] };

const TIME_HINT = 'Must be ISO 8601 without offset, e.g. 2026-01-17T00:00:00';

/** `+918035450808`, `918035450808` and ` 918035450808` (a `+` decoded as a space) name the same number. */
function numberCode(value: string): number {
  const digits = value.trim().replace(/^\+/, '');
  return BUSINESS_NUMBERS.findIndex((n) => n.slice(1) === digits);
}

function code<T>(map: ReadonlyMap<string, T>, value: string): T | -1 {
  return map.get(value) ?? -1;
}

const STATUS_CODES: ReadonlyMap<string, number> = new Map(STATUSES.map((s, i) => [s, i]));

/**
 * Reads `/logs` query parameters as timepay documents them. The first value of a repeated parameter
 * wins; empty values are ignored; unknown parameters are ignored.
 */
export function parseLogQuery(params: URLSearchParams, ds: TimepayDataset): ParsedLogQuery {
  const get = (name: string): string | undefined => {
    const v = params.get(name);
    return v === null || v.trim() === '' ? undefined : v;
  };
  const errors: string[] = [];
  const criteria: LogCriteria = {};
  const type = get('type');
  if (type !== undefined) {
    const t = (TYPES as readonly string[]).indexOf(type);
    if (t < 0) errors.push(`Invalid type '${type}'. Must be one of: ${TYPES.join(', ')}`);
    criteria.type = t;
  }
  const status = get('status');
  if (status !== undefined) criteria.status = code(STATUS_CODES, status);
  const disposition = get('disposition');
  if (disposition !== undefined) criteria.disposition = code(ds.catalog.dispositionByLabel, disposition);
  const from = get('from_phone');
  if (from !== undefined) criteria.from = numberCode(from);
  const phone = get('phone');
  if (phone !== undefined) criteria.customer = code(ds.customers.byPhone, phone.trim());
  const campaign = get('campaign_id');
  if (campaign !== undefined) criteria.campaign = code(ds.catalog.campaignById, campaign);
  const agent = get('agent_id');
  if (agent !== undefined) criteria.agent = code(ds.catalog.agentById, agent);
  for (const [name, bound] of [
    ['start_time', 'start'],
    ['end_time', 'end'],
  ] as const) {
    const value = get(name);
    if (value === undefined) continue;
    const ms = parseQueryTime(value, bound);
    if (ms === null) errors.push(`Invalid ${name} '${value}'. ${TIME_HINT}`);
    else if (bound === 'start') criteria.startMs = ms;
    else criteria.endMs = ms;
  }
  const pageText = get('page');
  let page = 1;
  if (pageText !== undefined) {
    page = /^\d{1,9}$/.test(pageText.trim()) ? Number(pageText.trim()) : 0;
    if (page < 1) errors.push(`Invalid page '${pageText}'. Must be a positive integer`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, criteria, page, countOnly: get('count_only')?.toLowerCase() === 'true' };
}
