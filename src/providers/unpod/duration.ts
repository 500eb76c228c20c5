/** `"1:02:03"`, `"02:03"`, `"0:00:00"`; hours unbounded, minutes and seconds two digits below 60. */
const CLOCK = /^\s*(?:(\d{1,4}):)?([0-5]?\d):([0-5]\d)(?:\.\d+)?\s*$/;
const SECONDS = /^\s*\d+(?:\.\d+)?\s*$/;

/**
 * `call_duration` in seconds: an integer (seed 003), `"H:MM:SS"` (seed 002), `"MM:SS"`, or seconds as a
 * string. `undefined` when the value is there but unreadable (the record is then invalid), null when absent.
 */
export function durationSeconds(v: string | number | null | undefined): number | null | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v >= 0 ? Math.round(v) : undefined;
  if (v.length === 0) return null;
  if (SECONDS.test(v)) return Math.round(Number(v));
  const m = CLOCK.exec(v);
  if (m === null) return v.trim() === '' ? null : undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}
