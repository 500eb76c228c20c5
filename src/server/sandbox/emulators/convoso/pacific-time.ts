import { HOUR_MS, isUsDaylight } from '../../zoned-time.ts';

/** America/Los_Angeles by the US rule since 2007: PDT (UTC−7) from the second Sunday of March 02:00
 * to the first Sunday of November 02:00, else PST (UTC−8). Exact for the sandbox's years, and cheap. */
const PST = -8 * HOUR_MS;
const PDT = -7 * HOUR_MS;

export function pacificOffsetMs(utcMs: number): number {
  return isUsDaylight(utcMs, -8) ? PDT : PST;
}

/** `2026-01-17 08:33:36`: offset-less Los Angeles time, as Convoso's `call_date` shows it. */
export function formatPacific(ms: number): string {
  const iso = new Date(ms + pacificOffsetMs(ms)).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** Hour of day and weekday (0 = Sunday) in Los Angeles. */
export function pacificHour(ms: number): number {
  return new Date(ms + pacificOffsetMs(ms)).getUTCHours();
}
export function pacificWeekday(ms: number): number {
  return new Date(ms + pacificOffsetMs(ms)).getUTCDay();
}

const QUERY_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * A `start_time`/`end_time` value (`YYYY-MM-DD HH:MM:SS`, the documented format only) as epoch ms in
 * Los Angeles, or null. An autumn-repeated hour reads as its first occurrence; a spring-skipped time
 * moves forward by the gap.
 */
export function parsePacific(value: string): number | null {
  const m = QUERY_TIME.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
    return null;
  if (year < 1970 || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const daylight = wall - PDT;
  return pacificOffsetMs(daylight) === PDT ? daylight : wall - PST;
}
