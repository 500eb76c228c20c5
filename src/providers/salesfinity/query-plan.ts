import type { UnappliedFilter } from '../adapter.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import { toE164 } from '../../logs/phone.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { NATIVE_SORT, SORT_PARAM } from './constants.ts';
import { extraFilterByName } from './extra-filters.ts';
import { KNOWN_OUTCOMES } from './outcomes.ts';

/** The `/call-log` filter parameters of a query, and the filters it holds that cannot be applied. */
export interface QueryPlan {
  params: Array<[string, string]>;
  unapplied: UnappliedFilter[];
}

const OUTCOMES = new Set(KNOWN_OUTCOMES.map((o) => o.value));

/** The order of the docs' parameter list; params come out in this order whatever the query's. */
const ORDER = [
  'start_date',
  'end_date',
  'outcome',
  'direction',
  'min_duration',
  'max_duration',
  'has_recording',
  'answered_by',
  'is_completed',
  'disposition_ids',
  'exclude_negative_dispositions',
  'user_ids',
  'contact_list_ids',
  'sequences',
  'from',
  'to',
  'search',
] as const;
type Field = (typeof ORDER)[number];
const ARRAYS = new Set<Field>(['disposition_ids', 'user_ids', 'contact_list_ids', 'sequences', 'from', 'to']);

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}

const cut = (s: string): string => s.slice(0, 40);

/** A phone filter value: E.164 in the source's country, or null when it has no digits. */
function phoneValue(typed: string, country: string): string | null {
  if (!/\d/.test(typed)) return null;
  return toE164(typed, country) ?? `+${typed.replace(/\D+/g, '')}`;
}

/**
 * One pass over the query deciding, filter by filter, what goes to Salesfinity and what cannot (with
 * the reason shown on screen). `unapplied()` and the request builder both read this, so they agree.
 */
export function planQuery(query: ResolvedQuery, source: SourceInfo): QueryPlan {
  const values = new Map<Field, string[]>();
  const unapplied: UnappliedFilter[] = [];
  const put = (field: Field, v: string[]): void => {
    if (v.length > 0) values.set(field, v);
  };

  const channels = new Set(query.channels);
  if (channels.size > 0 && !channels.has('call'))
    unapplied.push({ filter: 'channel', reason: 'Salesfinity has calls only; showing calls' });

  const statuses = distinct(query.statuses);
  const unknownStatus = statuses.find((s) => !OUTCOMES.has(s));
  if (unknownStatus !== undefined) {
    unapplied.push({
      filter: 'status',
      reason: `'${cut(unknownStatus)}' is not a Salesfinity call outcome (answered, no-answer, cancelled)`,
    });
  } else if (statuses.length > 1 && statuses.length < OUTCOMES.size) {
    unapplied.push({ filter: 'status', reason: 'Salesfinity filters by one outcome at a time; showing all' });
  } else if (statuses.length === 1) put('outcome', statuses);

  const dispositions = distinct(query.dispositions);
  const badDisposition = dispositions.find((d) => !/^\d{1,9}$/.test(d));
  if (badDisposition !== undefined) {
    unapplied.push({
      filter: 'disposition',
      reason: `'${cut(badDisposition)}' is not a Salesfinity disposition id; showing all dispositions`,
    });
  } else put('disposition_ids', dispositions);

  put('contact_list_ids', distinct(query.campaigns));
  put('user_ids', distinct(query.agents));

  for (const [key, typed, field] of [
    ['phone', query.phone, 'to'],
    ['from', query.from, 'from'],
  ] as const) {
    if (typed === null || typed.trim() === '') continue;
    const v = phoneValue(typed, source.defaultCountry);
    if (v === null) unapplied.push({ filter: key, reason: `'${cut(typed)}' has no digits to search by` });
    else put(field, [v]);
  }
  if (query.q !== null && query.q.trim() !== '') put('search', [query.q.trim()]);
  if (query.sinceMs !== null && Number.isFinite(query.sinceMs))
    put('start_date', [new Date(query.sinceMs).toISOString()]);
  if (query.untilMs !== null && Number.isFinite(query.untilMs))
    put('end_date', [new Date(query.untilMs).toISOString()]);

  for (const [name, raw] of Object.entries(query.extra)) {
    const filter = extraFilterByName.get(name);
    if (filter === undefined) {
      unapplied.push({ filter: `x.${name}`, reason: `Salesfinity has no filter '${cut(name)}'` });
      continue;
    }
    const vs = distinct(raw);
    const problem = vs.map((v) => filter.validate?.(v) ?? null).find((p) => p !== null);
    if (problem !== undefined && problem !== null) unapplied.push({ filter: `x.${name}`, reason: problem });
    else if (!filter.multiple && vs.length > 1)
      unapplied.push({
        filter: `x.${name}`,
        reason: `Salesfinity filters by one ${filter.label.toLowerCase()} at a time; showing all`,
      });
    else put(name as Field, vs);
  }

  const params: Array<[string, string]> = [];
  for (const field of ORDER) {
    for (const v of values.get(field) ?? []) {
      params.push([ARRAYS.has(field) ? `filters[${field}][]` : `filters[${field}]`, v]);
    }
  }
  const sort = query.sort;
  if (sort !== null) {
    const param = SORT_PARAM[sort.field as keyof typeof SORT_PARAM];
    if (param === undefined)
      unapplied.push({ filter: 'sort', reason: 'Salesfinity sorts by time or duration only' });
    else if (sort.field !== NATIVE_SORT.field || sort.desc !== NATIVE_SORT.desc)
      params.push(['sort', sort.desc ? `-${param}` : param]);
  }
  return { params, unapplied };
}
