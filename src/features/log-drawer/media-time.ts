/** Seconds as a clock: `0:07`, `3:04`, `1:02:09`; unknown (NaN, ∞) as `--:--`. */
export function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Spoken form for a slider's aria-valuetext: "1 minute 5 seconds of 3 minutes 4 seconds". */
export function spokenTime(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return 'unknown';
  const s = Math.floor(seconds);
  const parts: string[] = [];
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (h > 0) parts.push(plural(h, 'hour'));
  if (m > 0) parts.push(plural(m, 'minute'));
  if (s % 60 > 0 || parts.length === 0) parts.push(plural(s % 60, 'second'));
  return parts.join(' ');
}

export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** The next speed up or down the ladder from `rate`, clamped at its ends. */
export function stepSpeed(rate: number, direction: 1 | -1): number {
  const at = SPEEDS.findIndex((s) => s >= rate - 1e-9);
  const index = at === -1 ? SPEEDS.length - 1 : at;
  const next = SPEEDS[Math.min(Math.max(index + direction, 0), SPEEDS.length - 1)];
  return next ?? rate;
}
