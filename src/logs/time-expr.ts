import { TZDate } from '@date-fns/tz';
import {
  addDays,
  addHours,
  addMinutes,
  addMonths,
  addSeconds,
  addWeeks,
  addYears,
  endOfDay,
  endOfHour,
  endOfMinute,
  endOfMonth,
  endOfSecond,
  endOfWeek,
  endOfYear,
  startOfDay,
  startOfHour,
  startOfMinute,
  startOfMonth,
  startOfSecond,
  startOfWeek,
  startOfYear,
} from 'date-fns';
import type { LogQuery, ResolvedQuery, TimeExpr } from './log-query.ts';
import { isValidTimeZone, parseProviderTime } from './time.ts';

type Unit = 's' | 'm' | 'h' | 'd' | 'w' | 'M' | 'y';

const ADD: Record<Unit, (d: TZDate, n: number) => TZDate> = {
  s: addSeconds,
  m: addMinutes,
  h: addHours,
  d: addDays,
  w: addWeeks,
  M: addMonths,
  y: addYears,
};
// Weeks start on Monday (ISO 8601), whatever the locale.
const START: Record<Unit, (d: TZDate) => TZDate> = {
  s: startOfSecond,
  m: startOfMinute,
  h: startOfHour,
  d: startOfDay,
  w: (d) => startOfWeek(d, { weekStartsOn: 1 }),
  M: startOfMonth,
  y: startOfYear,
};
const END: Record<Unit, (d: TZDate) => TZDate> = {
  s: endOfSecond,
  m: endOfMinute,
  h: endOfHour,
  d: endOfDay,
  w: (d) => endOfWeek(d, { weekStartsOn: 1 }),
  M: endOfMonth,
  y: endOfYear,
};

/** `now`, then any of `-15m` / `+1d` steps (at most 8), then an optional `/d` rounding. */
const RELATIVE = /^now((?:[+-]\d{1,6}[smhdwMy]){0,8})(?:\/([smhdwMy]))?$/;
const STEP = /([+-])(\d{1,6})([smhdwMy])/g;
/** An instant: date, time to the minute at least, and `Z` or an offset. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const OFFSETLESS = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?$/;

/** `now`, `now-24h`, `now-1d/d`, … */
export function isRelativeTime(expr: string): boolean {
  return RELATIVE.test(expr);
}

/** An ISO 8601 instant with `Z` or an offset, naming a real calendar time. */
export function isInstant(expr: string): boolean {
  return INSTANT.test(expr) && parseProviderTime(expr, 'UTC') !== null;
}

/** Why `expr` is not a time bound, or null when it is one. */
export function timeExprProblem(expr: string): string | null {
  if (isRelativeTime(expr) || isInstant(expr)) return null;
  if (OFFSETLESS.test(expr)) return `'${expr}' has no offset: add Z (UTC) or one like +05:30`;
  return `'${expr}' is not a time (an ISO 8601 instant like 2026-01-17T00:00:00Z, or now, now-24h, now-7d, now/d)`;
}

/**
 * A `+` typed into a URL arrives as a space (`…T00:00:00 05:30`, `now 1d`): put it back so pasted
 * hand-written URLs still work.
 */
export function repairPlus(expr: string): string {
  return expr.replace(/ (?=\d)/g, '+');
}

export interface ResolveOptions {
  /** Round `/unit` up to the end of the period (for the upper bound: `until=now/d` is the end of today). */
  roundUp?: boolean;
}

/** The UTC instant (epoch ms) of a time bound, relative ones against `nowMs` in `zone`; null when invalid. */
export function resolveTime(
  expr: TimeExpr,
  nowMs: number,
  zone: string,
  opts: ResolveOptions = {},
): number | null {
  if (isInstant(expr)) return parseProviderTime(expr, 'UTC');
  const m = RELATIVE.exec(expr);
  if (!m || !Number.isFinite(nowMs)) return null;
  let d = new TZDate(nowMs, isValidTimeZone(zone) ? zone : 'UTC');
  for (const step of (m[1] ?? '').matchAll(STEP)) {
    const n = Number(step[2]) * (step[1] === '-' ? -1 : 1);
    d = ADD[step[3] as Unit](d, n);
  }
  const round = m[2] as Unit | undefined;
  if (round) d = (opts.roundUp ? END : START)[round](d);
  const ms = d.getTime();
  return Number.isFinite(ms) ? ms : null;
}

/** The query with `since`/`until` resolved (until rounds up), as adapters receive it. */
export function resolveQuery(query: LogQuery, nowMs: number, zone: string): ResolvedQuery {
  return {
    sources: query.sources,
    channels: query.channels,
    statuses: query.statuses,
    dispositions: query.dispositions,
    campaigns: query.campaigns,
    agents: query.agents,
    phone: query.phone,
    from: query.from,
    q: query.q,
    sort: query.sort,
    extra: query.extra,
    sinceMs: query.since === null ? null : resolveTime(query.since, nowMs, zone),
    untilMs: query.until === null ? null : resolveTime(query.until, nowMs, zone, { roundUp: true }),
  };
}
