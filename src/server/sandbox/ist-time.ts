import { parseTimeBound } from './zoned-time.ts';

/** Asia/Kolkata is UTC+05:30 all year (no DST), so fixed-offset arithmetic is exact. */
export const IST_OFFSET_MS = 19_800_000;

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

/**
 * A `/logs` `start_time`/`end_time` value as epoch ms, or null when unparsable.
 * Offset-less values are Indian local time. A date alone means the start of that day for
 * `start`, its last millisecond for `end` (both bounds are inclusive). An explicit offset
 * (`Z`, `+05:30`, or ` 05:30` where a query string turned `+` into a space) is honoured.
 */
export function parseQueryTime(value: string, bound: 'start' | 'end'): number | null {
  return parseTimeBound(value, bound, IST_OFFSET_MS);
}
