import { STATUSES } from '../data/catalog.ts';
import { CALL_TYPES, type ConvosoDataset } from '../data/dataset.ts';
import { callPosition } from '../data/call-ids.ts';
import { leadIndex } from '../data/leads.ts';
import { FIRST_NAMES, LAST_NAMES } from '../data/names.ts';
import { formatPacific, parsePacific } from '../pacific-time.ts';

/** Filters as codes of the data set; -1 means "matches nothing" (an unknown value). */
export interface LogCriteria {
  position?: number;
  lead?: number;
  campaign?: number;
  queue?: number;
  list?: number;
  agent?: number;
  status?: number;
  phone?: string;
  numberDialed?: string;
  first?: number;
  last?: number;
  startMs?: number;
  endMs?: number;
  callType?: number;
  calledCount?: number;
}

export interface ConvosoError {
  code: number;
  text: string;
}

export type ParsedLogQuery =
  | { ok: true; criteria: LogCriteria; limit: number; offset: number; desc: boolean; recordings: boolean }
  | { ok: false; error: ConvosoError };

/** Default `limit` when none is sent: the seed's example answers 500 rows to a request without one. */
export const DEFAULT_LIMIT = 500;
export const MAX_LIMIT = 500;
export const MAX_OFFSET = 40_000;

export const ERRORS = {
  invalidDate: { code: 6031, text: 'Invalid date format. Use YYYY-MM-DD HH:MM:SS' },
  noSuchLog: { code: 6033, text: 'No such call log' },
  invalidOffset: { code: 7231, text: `Invalid offset. Must be an integer between 0 and ${MAX_OFFSET}` },
  invalidLimit: { code: 7258, text: `Invalid limit. Must be an integer between 1 and ${MAX_LIMIT}` },
  // Retrieve's unknown-id errors (PROVIDERS.md, live section: walmat/convoso-sdk).
  unknownList: { code: 6002, text: 'Unknown List Id' },
  unknownCampaign: { code: 6004, text: 'Unknown Campaign ID' },
  unknownUser: { code: 6006, text: 'Unknown User Id' },
  unknownQueue: { code: 6030, text: 'Unknown Queue ID' },
} as const;

/** Live: an id nobody has is an error naming it, not an empty result. */
const UNKNOWN_ID_ERRORS = [
  ['campaign', ERRORS.unknownCampaign],
  ['queue', ERRORS.unknownQueue],
  ['list', ERRORS.unknownList],
  ['agent', ERRORS.unknownUser],
] as const;

/** Today 00:00:00 and 23:59:59 in account time (Pacific), of the emulator's clock. */
function today(ds: ConvosoDataset): { startMs: number; endMs: number } {
  const now = Number.isFinite(ds.clock.now()) ? ds.clock.now() : ds.nowMs;
  const day = formatPacific(now).slice(0, 10);
  return {
    startMs: parsePacific(`${day} 00:00:00`) ?? now,
    endMs: (parsePacific(`${day} 23:59:59`) ?? now) + 999,
  };
}

const STATUS_CODES: ReadonlyMap<string, number> = new Map(STATUSES.map((s, i) => [s.code, i]));
const indexOfName = (names: readonly string[]): ReadonlyMap<string, number> =>
  new Map(names.map((n, i) => [n.toLowerCase(), i]));
const FIRST = indexOfName(FIRST_NAMES);
const LAST = indexOfName(LAST_NAMES);

/** Digits only, without a leading US country code: `+1 (605) 555-0142` and `16055550142` → `6055550142`. */
export function nationalDigits(value: string): string {
  const d = value.replace(/\D+/g, '');
  return d.length === 11 && d.startsWith('1') ? d.slice(1) : d;
}

function code<T>(map: ReadonlyMap<string, T>, value: string): T | -1 {
  return map.get(value) ?? -1;
}

/**
 * Reads `/log/retrieve` parameters as Convoso documents them. The first value of a repeated parameter
 * wins; empty values are ignored; unknown parameters are ignored. Checked in the order the errors are
 * listed (dates, then limit, then offset), the first problem answering.
 */
export function parseLogQuery(params: URLSearchParams, ds: ConvosoDataset, live = false): ParsedLogQuery {
  const get = (name: string): string | undefined => {
    const v = params.get(name);
    return v === null || v.trim() === '' ? undefined : v.trim();
  };
  const c: LogCriteria = {};
  const { catalog } = ds;
  const id = get('id');
  if (id !== undefined) {
    const position = callPosition(ds.seed, ds.count, id);
    if (position === null) return { ok: false, error: ERRORS.noSuchLog };
    c.position = position;
  }
  const lead = get('lead_id');
  if (lead !== undefined) c.lead = leadIndex(ds.seed, lead, ds.leads.count) ?? -1;
  const campaign = get('campaign_id');
  if (campaign !== undefined) c.campaign = code(catalog.campaignById, campaign);
  const queue = get('queue_id');
  if (queue !== undefined) c.queue = code(catalog.queueById, queue);
  const list = get('list_id');
  if (list !== undefined) c.list = code(catalog.listById, list);
  const user = get('user_id');
  if (user !== undefined) c.agent = code(catalog.agentById, user);
  const status = get('status');
  if (status !== undefined) c.status = code(STATUS_CODES, status.toUpperCase());
  const phone = get('phone_number');
  if (phone !== undefined) c.phone = nationalDigits(phone);
  const dialed = get('number_dialed');
  if (dialed !== undefined) c.numberDialed = nationalDigits(dialed);
  const first = get('first_name');
  if (first !== undefined) c.first = code(FIRST, first.toLowerCase());
  const last = get('last_name');
  if (last !== undefined) c.last = code(LAST, last.toLowerCase());
  for (const name of ['start_time', 'end_time'] as const) {
    const value = get(name);
    if (value === undefined) continue;
    const ms = parsePacific(value);
    if (ms === null) return { ok: false, error: ERRORS.invalidDate };
    if (name === 'start_time') c.startMs = ms;
    else c.endMs = ms;
  }
  if (live) {
    for (const [key, error] of UNKNOWN_ID_ERRORS) if (c[key] === -1) return { ok: false, error };
    // No bounds means today (account time); an end alone starts at today 00:00 (live section).
    const t = today(ds);
    c.startMs ??= t.startMs;
    if (get('end_time') === undefined) c.endMs = t.endMs;
  }
  const callType = get('call_type');
  if (callType !== undefined) c.callType = (CALL_TYPES as readonly string[]).indexOf(callType.toUpperCase());
  const called = get('called_count');
  if (called !== undefined) c.calledCount = /^\d{1,6}$/.test(called) ? Number(called) : -1;
  const limitText = get('limit');
  const limit =
    limitText === undefined ? DEFAULT_LIMIT : /^\d{1,6}$/.test(limitText) ? Number(limitText) : -1;
  if (limit < 1 || limit > MAX_LIMIT) return { ok: false, error: ERRORS.invalidLimit };
  const offsetText = get('offset');
  const offset = offsetText === undefined ? 0 : /^\d{1,9}$/.test(offsetText) ? Number(offsetText) : -1;
  if (offset < 0 || offset > MAX_OFFSET) return { ok: false, error: ERRORS.invalidOffset };
  const recordings = get('include_recordings');
  return {
    ok: true,
    criteria: c,
    limit,
    offset,
    desc: get('order')?.toLowerCase() !== 'asc',
    recordings: recordings === '1' || recordings?.toLowerCase() === 'true',
  };
}
