/** `/call-logs/` parameters as unpod's own view reads them (`apiV2Platform/views.py`, `utils.py`). */
export interface LiveCriteria {
  /** First UTC day (epoch ms of its midnight) a call's start may fall on; `start_time__date >=`. */
  startDay?: number;
  /** Last UTC day a call's end may fall on; `end_time__date <=`. */
  endDay?: number;
  callType?: string;
  status?: string;
  sourcePrefix?: string;
  destinationPrefix?: string;
  maxDuration?: number;
  sort?: { field: 'start_time' | 'creation_time' | 'call_duration'; desc: boolean };
}

export type ParsedLiveQuery =
  { ok: true; criteria: LiveCriteria; page: number; pageSize: number } | { ok: false; message: string };

/** Documented default `page_size`; live there is no maximum. */
const DEFAULT_PAGE_SIZE = 20;
const DAY_TIME = /^(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2}):(\d{2})$/;
const SORT_FIELDS = new Set(['start_time', 'creation_time', 'call_duration']);

/** `DD-MM-YYYY HH:MM:SS` → the UTC midnight of its date (only the date is compared), or null. */
function dayOf(value: string): number | null {
  const m = DAY_TIME.exec(value);
  if (!m) return null;
  const ms = Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
  const d = new Date(ms);
  return d.getUTCDate() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 ? ms : null;
}

/** `sort={"start_time":"ascend"}`: one field, `ascend` or `descend`; anything else keeps the default order. */
function sortOf(value: string | undefined): LiveCriteria['sort'] {
  if (value === undefined) return undefined;
  try {
    const parsed = JSON.parse(value) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const [field, order] = Object.entries(parsed)[0] ?? [];
    if (field === undefined || !SORT_FIELDS.has(field)) return undefined;
    return { field: field as 'start_time', desc: order !== 'ascend' };
  } catch {
    return undefined;
  }
}

/**
 * Reads the live parameters: `start_time`/`end_time` in `DD-MM-YYYY HH:MM:SS` (dates only compared;
 * another format is a 400), `start_date`/`end_date` ignored, an unknown `call_type`/`call_status` simply
 * matches nothing, `page=0` is a 400, `page_size` has no maximum.
 */
export function parseLiveQuery(params: URLSearchParams): ParsedLiveQuery {
  const get = (name: string): string | undefined => {
    const v = params.get(name);
    return v === null || v.trim() === '' ? undefined : v.trim();
  };
  const criteria: LiveCriteria = {};
  for (const [name, key] of [
    ['start_time', 'startDay'],
    ['end_time', 'endDay'],
  ] as const) {
    const value = get(name);
    if (value === undefined) continue;
    const day = dayOf(value);
    if (day === null) return { ok: false, message: `Invalid ${name} format. Use DD-MM-YYYY HH:MM:SS` };
    criteria[key] = day;
  }
  criteria.callType = get('call_type')?.toLowerCase();
  criteria.status = get('call_status')?.toLowerCase();
  criteria.sourcePrefix = get('source_number');
  criteria.destinationPrefix = get('destination_number');
  const duration = get('call_duration');
  if (duration !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(duration)) return { ok: false, message: 'Invalid call_duration' };
    criteria.maxDuration = Number(duration);
  }
  criteria.sort = sortOf(get('sort'));
  const pageText = get('page') ?? '1';
  if (!/^\d{1,9}$/.test(pageText) || Number(pageText) < 1)
    return { ok: false, message: 'Invalid page number. Page must be a positive integer.' };
  const sizeText = get('page_size');
  const pageSize =
    sizeText !== undefined && /^\d{1,9}$/.test(sizeText) && Number(sizeText) >= 1
      ? Number(sizeText)
      : DEFAULT_PAGE_SIZE;
  return { ok: true, criteria, page: Number(pageText), pageSize };
}
