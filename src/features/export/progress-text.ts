const number = new Intl.NumberFormat('en-US');

export const formatCount = (n: number) => number.format(n);

/** 75 → "1 min 15 s"; 8 → "8 s". */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** Rows per second so far, and the time left at that rate (null until it can be told). */
export function rateAndEta(rows: number, total: number | null, elapsedMs: number) {
  const rate = elapsedMs > 0 ? (rows * 1000) / elapsedMs : 0;
  const left = total !== null && rate > 0 ? Math.max(0, total - rows) / rate : null;
  return { rate, left };
}
