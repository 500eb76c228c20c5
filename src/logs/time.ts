import { tzOffset } from '@date-fns/tz/tzOffset';

const HOUR_MS = 3_600_000;
const MAX_BUCKETS_PER_ZONE = 50_000;

/** Offsets (minutes) per zone per UTC hour; NaN marks an hour in which the zone changes its offset. */
const offsetBuckets = new Map<string, Map<number, number>>();
const validZones = new Map<string, boolean>();

/** True when `zone` is an IANA zone (or offset) that this runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  const known = validZones.get(zone);
  if (known !== undefined) return known;
  let ok = false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    ok = zone.length > 0;
  } catch {
    ok = false;
  }
  if (validZones.size > 1_000) validZones.clear();
  validZones.set(zone, ok);
  return ok;
}

/** The browser's (or Node's) zone, `UTC` when the runtime will not say. */
export function browserTimeZone(): string {
  // Read once per page: a new DateTimeFormat per call cost ~40 ms of the first screen (CPU profile, issue 17).
  browserZone ??= readBrowserZone();
  return browserZone;
}

let browserZone: string | undefined;

function readBrowserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * UTC offset of `zone` at the instant `utcMs`, in minutes (Asia/Kolkata: 330). The library computes it;
 * we memoize per UTC hour because Intl formatting costs microseconds and normalization sees many records.
 */
export function zoneOffsetMinutes(zone: string, utcMs: number): number {
  let buckets = offsetBuckets.get(zone);
  if (!buckets) {
    buckets = new Map();
    offsetBuckets.set(zone, buckets);
  }
  const hour = Math.floor(utcMs / HOUR_MS);
  let cached = buckets.get(hour);
  if (cached === undefined) {
    const start = tzOffset(zone, new Date(hour * HOUR_MS));
    const end = tzOffset(zone, new Date(hour * HOUR_MS + HOUR_MS - 1));
    // A transition inside this hour (e.g. Lord Howe's half-hour shifts): cache "ask every time".
    cached = start === end ? start : Number.NaN;
    if (buckets.size >= MAX_BUCKETS_PER_ZONE) buckets.clear();
    buckets.set(hour, cached);
  }
  return Number.isNaN(cached) ? tzOffset(zone, new Date(utcMs)) : cached;
}

/** The careful conversion; see `wallTimeToUtc`. */
function wallTimeToUtcSlow(wallMs: number, zone: string, later: boolean): number {
  const before = zoneOffsetMinutes(zone, wallMs - 86_400_000);
  const after = zoneOffsetMinutes(zone, wallMs + 86_400_000);
  if (Number.isNaN(before) || Number.isNaN(after)) return Number.NaN;
  const asBefore = wallMs - before * 60_000;
  const asAfter = wallMs - after * 60_000;
  const fitsBefore = zoneOffsetMinutes(zone, asBefore) === before;
  const fitsAfter = zoneOffsetMinutes(zone, asAfter) === after;
  if (fitsBefore && fitsAfter) return later ? Math.max(asBefore, asAfter) : Math.min(asBefore, asAfter);
  if (fitsBefore) return asBefore;
  if (fitsAfter) return asAfter;
  // In the gap: read with the offset in force before it, which lands after the gap.
  return asBefore;
}

/** Per zone, per wall-clock hour: the offset (minutes) when that whole hour is unambiguous, else NaN. */
const wallBuckets = new Map<string, Map<number, number>>();

function unambiguousOffset(zone: string, hourStartWall: number): number {
  const before = zoneOffsetMinutes(zone, hourStartWall - 86_400_000);
  const after = zoneOffsetMinutes(zone, hourStartWall + HOUR_MS + 86_400_000);
  // Same offset a day either side, and at the hour itself: no transition touches this hour.
  if (before !== after || zoneOffsetMinutes(zone, hourStartWall - before * 60_000) !== before)
    return Number.NaN;
  return before;
}

/**
 * The instant at which the wall clock in `zone` shows `wallMs` (wall time encoded as if it were UTC).
 * Ambiguous times (autumn overlap) take the earlier instant (the later one with `later`, for the end
 * of a period); skipped times (spring gap) move forward by the gap, like Temporal's "compatible"
 * disambiguation.
 */
export function wallTimeToUtc(wallMs: number, zone: string, later = false): number {
  let buckets = wallBuckets.get(zone);
  if (!buckets) {
    buckets = new Map();
    wallBuckets.set(zone, buckets);
  }
  const hour = Math.floor(wallMs / HOUR_MS);
  let offset = buckets.get(hour);
  if (offset === undefined) {
    offset = unambiguousOffset(zone, hour * HOUR_MS);
    if (buckets.size >= MAX_BUCKETS_PER_ZONE) buckets.clear();
    buckets.set(hour, offset);
  }
  return Number.isNaN(offset) ? wallTimeToUtcSlow(wallMs, zone, later) : wallMs - offset * 60_000;
}

// 2026-01-17T08:33:36, 2026-01-17 08:33:36.123, 2026-01-17T08:33:36Z, …+05:30, 2026-01-17
const PROVIDER_TIME =
  /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?\s*$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function offsetMinutesOf(designator: string): number {
  if (designator === 'Z' || designator === 'z') return 0;
  const sign = designator.startsWith('-') ? -1 : 1;
  const digits = designator.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes);
}

/** Digits of `s` from `i` to `i + n` as a number, or -1 when one is not a digit. */
function digitsAt(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * `2026-01-17T08:33:36` (or with a space) read without a regex: the shape of nearly every timepay
 * timestamp, parsed per record. Wall time as epoch ms, or null to let the general parser decide.
 */
function fastWall(s: string): number | null {
  const sep = s.charCodeAt(10);
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || (sep !== 84 && sep !== 32)) return null;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return null;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  const hour = digitsAt(s, 11, 2);
  const minute = digitsAt(s, 14, 2);
  const second = digitsAt(s, 17, 2);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) return null;
  if (minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  if (day > (DAYS_IN_MONTH[month - 1] ?? 0) || (month === 2 && day === 29 && !isLeap(year))) return null;
  return daysFromCivil(year, month, day) * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm; Date.UTC is slower). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * A provider timestamp as a UTC instant (epoch ms). Offset-less strings are read in `zone`; strings with
 * `Z` or an offset are read as such; anything else (or an unknown zone) gives null.
 */
export function parseProviderTime(s: string | null | undefined, zone: string): number | null {
  if (typeof s !== 'string' || s.length === 0 || s.length > 64) return null;
  if (s.length === 19) {
    const fast = fastWall(s);
    if (fast !== null) {
      if (!isValidTimeZone(zone)) return null;
      const utc = wallTimeToUtc(fast, zone);
      return Number.isNaN(utc) ? null : utc;
    }
  }
  const m = PROVIDER_TIME.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  // Years before 1000 are garbage here, and Date.UTC would map 0-99 onto 1900-1999.
  if (year < 1000 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
    return null;
  if (day > (DAYS_IN_MONTH[month - 1] ?? 0) || (month === 2 && day === 29 && !isLeap(year))) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const designator = m[8];
  if (designator !== undefined) {
    const offset = offsetMinutesOf(designator);
    if (Math.abs(offset) > 18 * 60) return null;
    return wall - offset * 60_000;
  }
  if (!isValidTimeZone(zone)) return null;
  const utc = wallTimeToUtc(wall, zone);
  return Number.isNaN(utc) ? null : utc;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `2026-01-17T08:33:36`: the wall time in `zone`, without offset (timepay's query format). */
export function toZonedIso(ms: number, zone: string): string {
  const offset = zoneOffsetMinutes(zone, ms);
  const d = new Date(ms + (Number.isNaN(offset) ? 0 : offset) * 60_000);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

export const DEFAULT_DISPLAY_PATTERN = 'yyyy-MM-dd HH:mm:ss';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The date-fns tokens Switchboard displays, read from a Date whose UTC fields are the wall clock. */
const FIELDS: Readonly<Record<string, (wall: Date) => string>> = {
  yyyy: (wall) => pad(wall.getUTCFullYear(), 4),
  MMM: (wall) => MONTHS[wall.getUTCMonth()] ?? '',
  MM: (wall) => pad(wall.getUTCMonth() + 1),
  dd: (wall) => pad(wall.getUTCDate()),
  HH: (wall) => pad(wall.getUTCHours()),
  mm: (wall) => pad(wall.getUTCMinutes()),
  ss: (wall) => pad(wall.getUTCSeconds()),
};

/** `pattern` filled in; null when it has a letter run that is not one of `FIELDS`. */
function render(pattern: string, wall: Date): string | null {
  let known = true;
  const out = pattern.replace(/([A-Za-z])\1*/g, (token) => {
    const field = FIELDS[token];
    if (!field) known = false;
    return field ? field(wall) : '';
  });
  return known ? out : null;
}

/**
 * An instant for display in `zone` ('' for a non-finite instant; UTC for an unknown zone). `pattern`
 * takes the date-fns tokens yyyy, MMM, MM, dd, HH, mm, ss and copies other text; with any other
 * letters it falls back to `DEFAULT_DISPLAY_PATTERN`. The zone's offset comes from the cached
 * `zoneOffsetMinutes` (Intl underneath), so a table of rows costs no formatter per cell.
 */
export function formatInZone(ms: number, zone: string, pattern: string = DEFAULT_DISPLAY_PATTERN): string {
  if (!Number.isFinite(ms)) return '';
  const wall = new Date(ms + zoneOffsetMinutes(isValidTimeZone(zone) ? zone : 'UTC', ms) * 60_000);
  if (Number.isNaN(wall.getTime())) return '';
  return render(pattern, wall) ?? render(DEFAULT_DISPLAY_PATTERN, wall) ?? '';
}
