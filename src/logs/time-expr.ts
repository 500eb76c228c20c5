import type { LogQuery, ResolvedQuery, TimeExpr } from './log-query.ts';
import { isValidTimeZone, parseProviderTime, wallTimeToUtc, zoneOffsetMinutes } from './time.ts';

type Unit = 's' | 'm' | 'h' | CalendarUnit;
type CalendarUnit = 'd' | 'w' | 'M' | 'y';

// Calendar arithmetic runs on the wall clock of the zone: a Date whose UTC fields are the zone's local
// fields, changed with the UTC setters and read back with `wallTimeToUtc` (a time in a DST gap moves
// forward, an ambiguous one takes its earlier instant, as for provider timestamps). Hours and shorter
// are durations on the time line.

/** Steps that are durations, in ms. */
const DURATION: Partial<Record<Unit, number>> = { s: 1000, m: 60_000, h: 3_600_000 };

/** Moves a wall-clock Date by `n` units of the calendar. */
const CALENDAR: Record<CalendarUnit, (wall: Date, n: number) => void> = {
  d: (wall, n) => wall.setUTCDate(wall.getUTCDate() + n),
  w: (wall, n) => wall.setUTCDate(wall.getUTCDate() + 7 * n),
  M: addMonths,
  y: (wall, n) => addMonths(wall, 12 * n),
};

/** Months by the calendar, clamped to the target month's last day (Mar 31 − 1 month = Feb 28). */
function addMonths(wall: Date, n: number): void {
  const day = wall.getUTCDate();
  const last = new Date(wall.getTime());
  last.setUTCMonth(wall.getUTCMonth() + n + 1, 0);
  wall.setUTCFullYear(last.getUTCFullYear(), last.getUTCMonth(), Math.min(day, last.getUTCDate()));
}

/** Days back to the week's Monday (ISO 8601 weeks, whatever the locale). */
function sinceMonday(wall: Date): number {
  return (wall.getUTCDay() + 6) % 7;
}

/** Rounding a wall-clock Date down to the start of a period. */
const START: Record<CalendarUnit, (wall: Date) => void> = {
  d: (wall) => wall.setUTCHours(0, 0, 0, 0),
  w: (wall) => {
    wall.setUTCDate(wall.getUTCDate() - sinceMonday(wall));
    wall.setUTCHours(0, 0, 0, 0);
  },
  M: (wall) => {
    wall.setUTCDate(1);
    wall.setUTCHours(0, 0, 0, 0);
  },
  y: (wall) => {
    wall.setUTCMonth(0, 1);
    wall.setUTCHours(0, 0, 0, 0);
  },
};
/** Rounding a wall-clock Date up to the last millisecond of a period. */
const END: Record<CalendarUnit, (wall: Date) => void> = {
  d: (wall) => wall.setUTCHours(23, 59, 59, 999),
  w: (wall) => {
    wall.setUTCDate(wall.getUTCDate() + 6 - sinceMonday(wall));
    wall.setUTCHours(23, 59, 59, 999);
  },
  M: (wall) => {
    wall.setUTCMonth(wall.getUTCMonth() + 1, 0);
    wall.setUTCHours(23, 59, 59, 999);
  },
  y: (wall) => {
    wall.setUTCMonth(12, 0);
    wall.setUTCHours(23, 59, 59, 999);
  },
};

/** `utc` moved on the wall clock of `zone` by `change`; an ambiguous result is read `later` for an end. */
function onWall(utc: number, zone: string, change: (wall: Date) => void, later = false): number {
  const wall = new Date(utc + zoneOffsetMinutes(zone, utc) * 60_000);
  change(wall);
  // Past the range of Date (±8.64e15 ms) there is no such time.
  return Number.isNaN(wall.getTime()) ? Number.NaN : wallTimeToUtc(wall.getTime(), zone, later);
}

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
  const z = isValidTimeZone(zone) ? zone : 'UTC';
  let ms = nowMs;
  for (const step of (m[1] ?? '').matchAll(STEP)) {
    const n = Number(step[2]) * (step[1] === '-' ? -1 : 1);
    const unit = step[3] as Unit;
    const duration = DURATION[unit];
    if (duration !== undefined) ms += n * duration;
    // 0 is a no-op, so a time in the repeated hour of a DST change keeps its instant.
    else if (n !== 0) ms = onWall(ms, z, (wall) => CALENDAR[unit as CalendarUnit](wall, n));
  }
  const round = m[2] as Unit | undefined;
  const size = round && DURATION[round];
  if (size) {
    // Hours and shorter round on the time line, in the offset in force now: in the repeated hour of
    // a DST change, `now/h` is the start of this pass through it.
    const into = (((ms + zoneOffsetMinutes(z, ms) * 60_000) % size) + size) % size;
    ms = opts.roundUp ? ms - into + size - 1 : ms - into;
  } else if (round) {
    // The end of a day that ends in a repeated hour is its second pass: the period keeps all of it.
    const unit = round as CalendarUnit;
    ms = opts.roundUp ? onWall(ms, z, END[unit], true) : onWall(ms, z, START[unit]);
  }
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
    asOfMs: Number.isFinite(nowMs) ? nowMs : null,
    // Only when chosen, so the query keys of every other view stay as they were.
    ...(query.unapplied === 'include' ? { unapplied: query.unapplied } : {}),
  };
}
