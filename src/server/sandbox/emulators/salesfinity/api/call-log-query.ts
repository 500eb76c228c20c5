import { DAY_MS } from '../../../zoned-time.ts';
import { OUTCOMES, type SalesfinityDataset } from '../data/dataset.ts';

/** `/call-log` parameters as criteria on the data set; `Set`s are "any of", null is "no filter". */
export interface CallCriteria {
  startMs: number | null;
  endMs: number | null;
  outcome: number | null;
  inbound: number | null;
  minDuration: number | null;
  maxDuration: number | null;
  hasRecording: boolean | null;
  answeredBy: number | null;
  completed: boolean | null;
  dispositions: Set<number> | null;
  positiveOnly: boolean;
  users: Set<number> | null;
  lists: Set<number> | null;
  sequences: Set<number> | null;
  from: Set<string> | null;
  to: Set<string> | null;
  search: string | null;
}

export type SortKey = 'createdAt' | 'duration';
export type ParsedCallQuery =
  | { ok: true; criteria: CallCriteria; page: number; limit: number; sort: SortKey; desc: boolean }
  | { ok: false; errors: string[] };

/** Sort fields accepted (UNCONFIRMED beyond `createdAt`): times sort like createdAt. */
const SORTS: Readonly<Record<string, SortKey>> = {
  createdAt: 'createdAt',
  started_at: 'createdAt',
  updatedAt: 'createdAt',
  duration: 'duration',
};

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO 8601 date or date-time; a date alone is the whole UTC day (start, or its last ms for an end). */
function isoMs(value: string, end: boolean): number | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  if (h === undefined) {
    const day = Date.UTC(Number(y), Number(mo) - 1, Number(d));
    return end ? day + DAY_MS - 1 : day;
  }
  if (Number(h) > 23 || Number(mi) > 59) return null;
  const ms = Date.parse(m[8] === undefined ? `${value.trim()}Z` : value.trim());
  return Number.isNaN(ms) ? null : ms;
}

/** Phone digits as stored (E.164 without `+`); a 10-digit US number gains its 1. */
export function phoneDigits(value: string): string {
  const digits = value.replace(/\D+/g, '');
  return digits.length === 10 && !value.trim().startsWith('+') ? `1${digits}` : digits;
}

/**
 * `filters[name]`, `filters[name][]` and `filters[name][0]` all count, repeated or not (qs-style, as
 * an Express/NestJS server reads them). Unknown parameters and filters are ignored.
 */
function collect(params: URLSearchParams): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of params) {
    const m = /^filters\[(\w+)\](?:\[\d*\])?$/.exec(key);
    const name = m ? `filters.${m[1]}` : key;
    if (value.trim() === '') continue;
    const list = out.get(name) ?? [];
    list.push(value);
    out.set(name, list);
  }
  return out;
}

function enumCode(
  values: Map<string, string[]>,
  name: string,
  allowed: readonly string[],
  errors: string[],
): number | null {
  const v = values.get(name)?.[0];
  if (v === undefined) return null;
  const code = allowed.indexOf(v);
  if (code < 0) errors.push(`${name} must be one of the following values: ${allowed.join(', ')}`);
  return code;
}

function boolean(values: Map<string, string[]>, name: string, errors: string[]): boolean | null {
  const v = values.get(name)?.[0];
  if (v === undefined) return null;
  if (v !== 'true' && v !== 'false') errors.push(`${name} must be a boolean value`);
  return v === 'true';
}

function seconds(values: Map<string, string[]>, name: string, errors: string[]): number | null {
  const v = values.get(name)?.[0];
  if (v === undefined) return null;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n))
    errors.push(`${name} must be a number conforming to the specified constraints`);
  else if (n < 0) errors.push(`${name} must not be less than 0`);
  return n;
}

function integer(
  values: Map<string, string[]>,
  name: string,
  min: number,
  max: number,
  fallback: number,
  errors: string[],
): number {
  const v = values.get(name)?.[0];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!/^-?\d+$/.test(v.trim())) errors.push(`${name} must be an integer number`);
  else if (n < min) errors.push(`${name} must not be less than ${min}`);
  else if (n > max) errors.push(`${name} must not be greater than ${max}`);
  return n;
}

/** Ids → codes; an unknown id is a code nothing has (-1), so the filter matches nothing for it. */
function idSet(values: string[] | undefined, ids: readonly string[]): Set<number> | null {
  if (values === undefined) return null;
  return new Set(values.map((v) => ids.indexOf(v.trim())));
}

export function parseCallQuery(params: URLSearchParams, ds: SalesfinityDataset): ParsedCallQuery {
  const values = collect(params);
  const errors: string[] = [];
  const limit = integer(values, 'limit', 1, 100, 10, errors);
  const page = integer(values, 'page', 1, 1_000_000_000, 1, errors);
  const sortText = values.get('sort')?.[0] ?? '-createdAt';
  const sortKey = SORTS[sortText.replace(/^-/, '')];
  if (sortKey === undefined) {
    const all = Object.keys(SORTS).flatMap((s) => [s, `-${s}`]);
    errors.push(`sort must be one of the following values: ${all.join(', ')}`);
  }
  const dates: Array<number | null> = (['start_date', 'end_date'] as const).map((name) => {
    const v = values.get(`filters.${name}`)?.[0];
    if (v === undefined) return null;
    const ms = isoMs(v, name === 'end_date');
    if (ms === null) errors.push(`filters.${name} must be a valid ISO 8601 date string`);
    return ms;
  });
  const dispositionValues = values.get('filters.disposition_ids');
  const dispositions =
    dispositionValues === undefined
      ? null
      : new Set(
          dispositionValues.map((v) => {
            if (!/^\d+$/.test(v.trim()))
              errors.push(
                'each value in filters.disposition_ids must be a number conforming to the specified constraints',
              );
            return ds.catalog.dispositions.findIndex((d) => d.id === Number(v));
          }),
        );
  const direction = enumCode(values, 'filters.direction', ['outbound', 'inbound'], errors);
  const answeredBy = enumCode(values, 'filters.answered_by', ['human', 'machine_start'], errors);
  const criteria: CallCriteria = {
    startMs: dates[0] ?? null,
    endMs: dates[1] ?? null,
    outcome: enumCode(values, 'filters.outcome', OUTCOMES, errors),
    inbound: direction,
    minDuration: seconds(values, 'filters.min_duration', errors),
    maxDuration: seconds(values, 'filters.max_duration', errors),
    hasRecording: boolean(values, 'filters.has_recording', errors),
    answeredBy: answeredBy === null ? null : answeredBy + 1,
    completed: boolean(values, 'filters.is_completed', errors),
    dispositions,
    positiveOnly: boolean(values, 'filters.exclude_negative_dispositions', errors) === true,
    users: idSet(
      values.get('filters.user_ids'),
      ds.catalog.users.map((u) => u._id),
    ),
    lists: idSet(
      values.get('filters.contact_list_ids'),
      ds.catalog.lists.map((l) => l._id),
    ),
    sequences: idSet(
      values.get('filters.sequences'),
      ds.catalog.sequences.map((s) => s.id),
    ),
    from: phoneSet(values.get('filters.from')),
    to: phoneSet(values.get('filters.to')),
    search: values.get('filters.search')?.[0]?.trim().toLowerCase() || null,
  };
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, criteria, page, limit, sort: sortKey ?? 'createdAt', desc: sortText.startsWith('-') };
}

function phoneSet(values: string[] | undefined): Set<string> | null {
  return values === undefined ? null : new Set(values.map(phoneDigits));
}
