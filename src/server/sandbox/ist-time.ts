/** Asia/Kolkata is UTC+05:30 all year (no DST), so fixed-offset arithmetic is exact. */
export const IST_OFFSET_MS = 19_800_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** `2026-01-17T08:33:36`: offset-less Indian local time, as timepay's `/logs` shows it. */
export function formatIst(ms: number): string {
  return new Date(ms + IST_OFFSET_MS).toISOString().slice(0, 19);
}

/** `2026-01-17`: the Indian local date. */
export function formatIstDate(ms: number): string {
  return new Date(ms + IST_OFFSET_MS).toISOString().slice(0, 10);
}

/** `2026-01-17T03:03:36Z`: UTC with `Z`, as timepay's detail endpoints show it. */
export function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** Hour of day (0–23) in India. */
export function istHour(ms: number): number {
  return new Date(ms + IST_OFFSET_MS).getUTCHours();
}

/** Day of week in India, 0 = Sunday. */
export function istWeekday(ms: number): number {
  return new Date(ms + IST_OFFSET_MS).getUTCDay();
}

const QUERY_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|z|[+\- ]\d{2}:?\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A `/logs` `start_time`/`end_time` value as epoch ms, or null when unparsable.
 * Offset-less values are Indian local time. A date alone means the start of that day for
 * `start`, its last millisecond for `end` (both bounds are inclusive). An explicit offset
 * (`Z`, `+05:30`, or ` 05:30` where a query string turned `+` into a space) is honoured.
 */
export function parseQueryTime(value: string, bound: 'start' | 'end'): number | null {
  const m = QUERY_TIME.exec(value.trim());
  if (!m) return null;
  const [, ys, mos, ds, hs, mis, ss, frac, offset] = m;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hs === undefined) {
    const midnight = Date.UTC(year, month - 1, day) - IST_OFFSET_MS;
    return bound === 'start' ? midnight : midnight + DAY_MS - 1;
  }
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millis = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  return wall - offsetMs(offset);
}

function offsetMs(offset: string | undefined): number {
  if (offset === undefined) return IST_OFFSET_MS;
  if (offset === 'Z' || offset === 'z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * HOUR_MS + Number(digits.slice(2, 4)) * 60_000);
}
