import { parseProviderTime } from '../../logs/time.ts';

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * `2026-02-07T05:57:00Z` and `2026-02-07T05:57:00.482913Z` (every unpod timestamp seen) read without a
 * regex: three per record made the general parser the largest cost of normalization. Anything else goes
 * to `parseProviderTime` (offsets, offset-less text in the source zone, garbage → null).
 */
export function readTime(s: string | null | undefined, zone: string): number | null {
  if (typeof s !== 'string') return null;
  const n = s.length;
  if (n >= 20 && n <= 30 && s.charCodeAt(n - 1) === 90 /* Z */ && s.charCodeAt(10) === 84 /* T */) {
    const year = digits(s, 0, 4);
    const month = digits(s, 5, 2);
    const day = digits(s, 8, 2);
    const hour = digits(s, 11, 2);
    const minute = digits(s, 14, 2);
    const second = digits(s, 17, 2);
    const plain = n === 20;
    const fraction = !plain && s.charCodeAt(19) === 46 /* . */ ? digits(s, 20, n - 21) : -1;
    if (
      s.charCodeAt(4) === 45 &&
      s.charCodeAt(7) === 45 &&
      s.charCodeAt(13) === 58 &&
      s.charCodeAt(16) === 58 &&
      year >= 1000 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= 28 &&
      hour >= 0 &&
      hour <= 23 &&
      minute >= 0 &&
      minute <= 59 &&
      second >= 0 &&
      second <= 59 &&
      (plain || fraction >= 0)
    ) {
      // The first three fraction digits are the milliseconds ("4" → 400, "48" → 480, "482913" → 482).
      const fracLen = n - 21;
      const millis = plain
        ? 0
        : digits(s, 20, Math.min(3, fracLen)) * (fracLen >= 3 ? 1 : fracLen === 2 ? 10 : 100);
      return Date.UTC(year, month - 1, day, hour, minute, second, millis);
    }
  }
  // Days 29–31 (month lengths, leap years) and every other form: the general parser decides.
  return parseProviderTime(s, zone);
}
