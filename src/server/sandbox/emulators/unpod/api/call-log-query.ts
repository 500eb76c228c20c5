import { parseTimeBound } from '../../../zoned-time.ts';
import { STATUS_TEXTS } from '../data/codes.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../constants.ts';

/** Filters as codes of the data set. */
export interface CallLogCriteria {
  /** 1 = inbound, 0 = outbound, undefined = both. */
  inbound?: number;
  /** Bit i set: STATUS_TEXTS[i] matches; 0 matches nothing. */
  statusMask?: number;
  startMs?: number;
  endMs?: number;
}

export type ParsedCallLogQuery =
  | { ok: true; criteria: CallLogCriteria; page: number | null; pageSize: number }
  | { ok: false; status: 400; message: string };

/**
 * `start_date`/`end_date` as epoch ms, or null when unparsable. A date alone is a whole UTC day (its first
 * millisecond for `start`, its last for `end`: both inclusive). A date-time without offset is UTC, the
 * zone of every unpod timestamp; `Z` and offsets (`+05:30`, or ` 05:30` where `+` became a space) are honoured.
 */
export function parseDateBound(value: string, bound: 'start' | 'end'): number | null {
  return parseTimeBound(value, bound, 0, 1000);
}

/** The statuses a `call_status` value matches: the stored free text, compared case-insensitively. */
function statusMask(value: string): number {
  const wanted = value.trim().toLowerCase();
  let mask = 0;
  STATUS_TEXTS.forEach((s, i) => {
    if (s.toLowerCase() === wanted) mask |= 1 << i;
  });
  return mask;
}

/**
 * Reads `/call-logs/` parameters as unpod documents them. Like Django's `QueryDict.get`, a repeated
 * parameter uses its last value; empty values are ignored, unknown parameters too. The first invalid
 * filter is the 400 (unpod's error body has one message).
 */
export function parseCallLogQuery(params: URLSearchParams): ParsedCallLogQuery {
  const get = (name: string): string | undefined => {
    const all = params.getAll(name);
    const v = all[all.length - 1];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const criteria: CallLogCriteria = {};
  const callType = get('call_type');
  if (callType !== undefined) {
    const t = callType.toLowerCase();
    if (t !== 'inbound' && t !== 'outbound') {
      return {
        ok: false,
        status: 400,
        message: `Invalid call_type '${callType}'. Must be one of: inbound, outbound.`,
      };
    }
    criteria.inbound = t === 'inbound' ? 1 : 0;
  }
  const status = get('call_status');
  if (status !== undefined) criteria.statusMask = statusMask(status);
  for (const [name, bound] of [
    ['start_date', 'start'],
    ['end_date', 'end'],
  ] as const) {
    const value = get(name);
    if (value === undefined) continue;
    const ms = parseDateBound(value, bound);
    if (ms === null) {
      return {
        ok: false,
        status: 400,
        message: `Invalid ${name} '${value}'. Use ISO 8601, e.g. 2026-02-01 or 2026-02-01T00:00:00Z.`,
      };
    }
    if (bound === 'start') criteria.startMs = ms;
    else criteria.endMs = ms;
  }
  const pageText = get('page');
  // null: not a page at all (Django REST framework answers 404 "Invalid page.").
  const page =
    pageText === undefined
      ? 1
      : /^\d{1,9}$/.test(pageText) && Number(pageText) >= 1
        ? Number(pageText)
        : null;
  const sizeText = get('page_size');
  const size = sizeText !== undefined && /^\d{1,9}$/.test(sizeText) ? Number(sizeText) : 0;
  const pageSize = size >= 1 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  return { ok: true, criteria, page, pageSize };
}
