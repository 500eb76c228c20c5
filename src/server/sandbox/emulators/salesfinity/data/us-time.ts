import { DAY_MS, HOUR_MS, isUsDaylight } from '../../../zoned-time.ts';

/** US zones the reps sit in, with their standard UTC offsets in hours. */
export const US_ZONES = [
  { name: 'America/New_York', std: -5 },
  { name: 'America/Chicago', std: -6 },
  { name: 'America/Denver', std: -7 },
  { name: 'America/Los_Angeles', std: -8 },
] as const;

/** The UTC offset (hours) of a US zone at an instant. */
export function usOffsetHours(utcMs: number, std: number): number {
  return isUsDaylight(utcMs, std) ? std + 1 : std;
}

/** A local wall time (ms, as if UTC) in a US zone → the UTC instant. */
export function usWallToUtc(wallMs: number, std: number): number {
  const guess = wallMs - std * HOUR_MS;
  return isUsDaylight(guess - HOUR_MS, std) ? guess - HOUR_MS : guess;
}

/** Local midnight (as wall ms) of the day containing `utcMs` in the zone, and that day's weekday. */
export function usLocalDay(utcMs: number, std: number): { wallMidnight: number; weekday: number } {
  const wall = utcMs + usOffsetHours(utcMs, std) * HOUR_MS;
  const wallMidnight = Math.floor(wall / DAY_MS) * DAY_MS;
  return { wallMidnight, weekday: new Date(wallMidnight).getUTCDay() };
}
