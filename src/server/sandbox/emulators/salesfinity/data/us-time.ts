import { DAY_MS, HOUR_MS } from '../../../ist-time.ts';

/** US zones the reps sit in, with their standard UTC offsets in hours. */
export const US_ZONES = [
  { name: 'America/New_York', std: -5 },
  { name: 'America/Chicago', std: -6 },
  { name: 'America/Denver', std: -7 },
  { name: 'America/Los_Angeles', std: -8 },
] as const;

/** Day of month of the n-th Sunday of a month (UTC calendar). */
function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

/** Whether US daylight time is in force at `utcMs` in a zone of standard offset `std` (2007+ rules). */
function isDst(utcMs: number, std: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  const start = Date.UTC(year, 2, nthSunday(year, 2, 2), 2) - std * HOUR_MS;
  const end = Date.UTC(year, 10, nthSunday(year, 10, 1), 2) - (std + 1) * HOUR_MS;
  return utcMs >= start && utcMs < end;
}

/** The UTC offset (hours) of a US zone at an instant. */
export function usOffsetHours(utcMs: number, std: number): number {
  return isDst(utcMs, std) ? std + 1 : std;
}

/** A local wall time (ms, as if UTC) in a US zone → the UTC instant. */
export function usWallToUtc(wallMs: number, std: number): number {
  const guess = wallMs - std * HOUR_MS;
  return isDst(guess - HOUR_MS, std) ? guess - HOUR_MS : guess;
}

/** Local midnight (as wall ms) of the day containing `utcMs` in the zone, and that day's weekday. */
export function usLocalDay(utcMs: number, std: number): { wallMidnight: number; weekday: number } {
  const wall = utcMs + usOffsetHours(utcMs, std) * HOUR_MS;
  const wallMidnight = Math.floor(wall / DAY_MS) * DAY_MS;
  return { wallMidnight, weekday: new Date(wallMidnight).getUTCDay() };
}
