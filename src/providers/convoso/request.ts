import type { PageOutOfReach, ProviderRequest } from '../adapter.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import { nationalNumber, toE164 } from '../../logs/phone.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { toZonedIso } from '../../logs/time.ts';
import { EARLIEST_START, LATEST_END, LOG_PATH, MAX_OFFSET, NATIVE_SORT, PAGE_SIZE } from './constants.ts';
import { extraValue, hasDigits, only } from './unapplied.ts';

/** Convoso stores numbers as national digits (`6055550142` in the US); digits as typed when unparsable. */
export function nationalDigits(typed: string, country: string): string {
  const e164 = toE164(typed, country);
  const national = e164 === null ? null : nationalNumber(e164, country);
  return national ?? typed.replace(/\D+/g, '');
}

/** `YYYY-MM-DD HH:MM:SS` in the source's zone (Convoso's documented format). */
function convosoTime(ms: number, zone: string): string {
  const iso = toZonedIso(ms, zone);
  return `${iso.slice(0, 10)} ${iso.slice(11)}`;
}

/** `/log/retrieve` filter parameters, in the documented order; filters `unapplied` reports are left out. */
export function filterParams(query: ResolvedQuery, source: SourceInfo): Array<[string, string]> {
  const params: Array<[string, string]> = [];
  const put = (name: string, value: string | null): void => {
    if (value !== null) params.push([name, value]);
  };
  const x = (name: string): string | null => extraValue(query, name);
  const numberDialed = x('number_dialed');
  put('id', x('id'));
  put('lead_id', x('lead_id'));
  put('campaign_id', only(query.campaigns));
  put('queue_id', x('queue_id'));
  put('list_id', x('list_id'));
  put('user_id', only(query.agents));
  put('status', only(query.statuses));
  if (query.phone !== null && hasDigits(query.phone))
    put('phone_number', nationalDigits(query.phone, source.defaultCountry));
  put('number_dialed', numberDialed === null ? null : nationalDigits(numberDialed, source.defaultCountry));
  put('first_name', x('first_name'));
  put('last_name', x('last_name'));
  // Both bounds to the second and inclusive, offset-less in the source's zone, and always both: without
  // them Convoso answers today only (EARLIEST_START).
  put(
    'start_time',
    query.sinceMs === null
      ? EARLIEST_START
      : convosoTime(Math.ceil(query.sinceMs / 1000) * 1000, source.timeZone),
  );
  put(
    'end_time',
    query.untilMs === null
      ? LATEST_END
      : convosoTime(Math.floor(query.untilMs / 1000) * 1000, source.timeZone),
  );
  return params;
}

function tailParams(query: ResolvedQuery, recordings = true): Array<[string, string]> {
  const params: Array<[string, string]> = [];
  const callType = extraValue(query, 'call_type');
  if (callType !== null) params.push(['call_type', callType.toUpperCase()]);
  const calledCount = extraValue(query, 'called_count');
  if (calledCount !== null) params.push(['called_count', String(Number(calledCount))]);
  if (recordings) params.push(['include_recordings', '1']);
  return params;
}

/** True when the query reads newest first (Convoso's default; also any sort it cannot apply). */
function descending(query: ResolvedQuery): boolean {
  return query.sort === null || query.sort.field !== 'time' ? NATIVE_SORT.desc : query.sort.desc;
}

function request(
  query: ResolvedQuery,
  source: SourceInfo,
  limit: number,
  offset: number,
  desc: boolean,
): ProviderRequest {
  return {
    path: LOG_PATH,
    params: [
      ...filterParams(query, source),
      ['limit', String(limit)],
      ['offset', String(offset)],
      ['order', desc ? 'desc' : 'asc'],
      ...tailParams(query),
    ],
  };
}

const fmt = (n: number): string => n.toLocaleString('en-US');

/**
 * The plan for a 1-based page of `PAGE_SIZE` rows. Convoso serves offsets up to `MAX_OFFSET`: deeper
 * pages are read from the other end (order flipped, `reversed`) once the total is known, which reaches
 * every row of a result up to 2 × MAX_OFFSET + 2 × PAGE_SIZE rows; the rest is out of reach.
 */
export function listRequest(
  query: ResolvedQuery,
  page: number,
  source: SourceInfo,
  knownTotal: number | null,
): ProviderRequest | PageOutOfReach {
  const p = Number.isFinite(page) ? Math.max(1, Math.floor(page)) : 1;
  const size = PAGE_SIZE;
  const o = (p - 1) * size;
  const desc = descending(query);
  if (o <= MAX_OFFSET) return request(query, source, size, o, desc);
  const cap = fmt(MAX_OFFSET);
  if (knownTotal === null || !Number.isFinite(knownTotal)) {
    return {
      outOfReach:
        `Convoso pages at most ${cap} rows deep from either end; rows ${fmt(o + 1)}–${fmt(o + size)} ` +
        'are out of reach until the total is known: narrow the time range (e.g. a shorter Since–Until window)',
    };
  }
  const n = Math.max(0, Math.floor(knownTotal));
  if (o >= n) return { outOfReach: `Page ${fmt(p)} is past the last of ${fmt(n)} rows` };
  // Rows o … o+size-1 of this order are rows n-o-size … n-o-1 of the other one.
  const a = Math.max(0, n - o - size);
  if (a <= MAX_OFFSET) {
    return { ...request(query, source, n - o - a, a, !desc), reversed: true };
  }
  // The band no end reaches: past the cap from the top, and past it from the bottom.
  const firstOut = Math.floor(MAX_OFFSET / size) * size + size;
  const lastOut = Math.min(n, Math.ceil((n - MAX_OFFSET - size) / size) * size);
  return {
    outOfReach:
      `Convoso pages at most ${cap} rows deep from either end; rows ${fmt(firstOut + 1)}–${fmt(lastOut)} ` +
      `of ${fmt(n)} are out of reach: narrow the time range (e.g. split it in two) or add a filter`,
  };
}

/** The total alone: one row at offset 0 (`total_found` counts the whole result), without recordings. */
export function countRequest(query: ResolvedQuery, source: SourceInfo): ProviderRequest {
  return {
    path: LOG_PATH,
    params: [...filterParams(query, source), ['limit', '1'], ['offset', '0'], ...tailParams(query, false)],
  };
}
