// Time arithmetic the emulators share: units, US daylight-saving rules, and query time bounds.

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Day of month of the n-th Sunday of a month (UTC calendar). */
function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

const dstBounds = new Map<number, readonly [number, number]>();

/**
 * Whether US daylight time is in force at `utcMs` in a zone of standard offset `stdHours` (the rule
 * since 2007: from the second Sunday of March 02:00 to the first Sunday of November 02:00, local time).
 */
export function isUsDaylight(utcMs: number, stdHours: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  const key = year * 64 + stdHours + 32;
  let b = dstBounds.get(key);
  if (!b) {
    b = [
      Date.UTC(year, 2, nthSunday(year, 2, 2), 2) - stdHours * HOUR_MS,
      Date.UTC(year, 10, nthSunday(year, 10, 1), 2) - (stdHours + 1) * HOUR_MS,
    ];
    dstBounds.set(key, b);
  }
  return utcMs >= b[0] && utcMs < b[1];
}

const QUERY_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+\- ]\d{2}:?\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A query's time bound (`2026-01-17`, `2026-01-17T08:33:36.5`, with `Z` or an offset) as epoch ms, or
 * null when unparsable or before `minYear`. Offset-less values are at `localOffsetMs` from UTC. A date
 * alone means the start of that day for `start`, its last millisecond for `end` (both bounds inclusive).
 * An explicit offset (`Z`, `+05:30`, or ` 05:30` where a query string turned `+` into a space) is honoured.
 */
export function parseTimeBound(
  value: string,
  bound: 'start' | 'end',
  localOffsetMs: number,
  minYear = 0,
): number | null {
  const m = QUERY_TIME.exec(value.trim());
  if (!m) return null;
  const [, ys, mos, ds, hs, mis, ss, frac, offset] = m;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  if (year < minYear || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hs === undefined) {
    const midnight = Date.UTC(year, month - 1, day) - localOffsetMs;
    return bound === 'start' ? midnight : midnight + DAY_MS - 1;
  }
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millis = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  return wall - offsetMs(offset, localOffsetMs);
}

function offsetMs(offset: string | undefined, localOffsetMs: number): number {
  if (offset === undefined) return localOffsetMs;
  if (offset === 'Z' || offset === 'z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * HOUR_MS + Number(digits.slice(2, 4)) * 60_000);
}
