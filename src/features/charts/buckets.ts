import { formatInZone, wallTimeToUtc, zoneOffsetMinutes } from '../../logs/time.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The most bars a histogram shows; the bucket size is the smallest that keeps within it. */
export const MAX_BUCKETS = 60;

/**
 * When the query has no `since`, the histogram starts this long before its end (the sandbox keeps 90
 * days): the first bar is then open-ended and also counts anything older, so the bars still add up
 * to the result's total.
 */
export const OPEN_RANGE_MS = 90 * DAY;

export interface BucketSize {
  ms: number;
  /** Whole days are cut at midnight in the display zone (so a DST day is 23 or 25 hours). */
  days: number;
  label: string;
}

/** Sizes that cut a day (or a week) evenly, smallest first. */
export const BUCKET_SIZES: readonly BucketSize[] = [
  { ms: MINUTE, days: 0, label: '1 minute' },
  { ms: 2 * MINUTE, days: 0, label: '2 minutes' },
  { ms: 5 * MINUTE, days: 0, label: '5 minutes' },
  { ms: 10 * MINUTE, days: 0, label: '10 minutes' },
  { ms: 15 * MINUTE, days: 0, label: '15 minutes' },
  { ms: 30 * MINUTE, days: 0, label: '30 minutes' },
  { ms: HOUR, days: 0, label: '1 hour' },
  { ms: 2 * HOUR, days: 0, label: '2 hours' },
  { ms: 3 * HOUR, days: 0, label: '3 hours' },
  { ms: 6 * HOUR, days: 0, label: '6 hours' },
  { ms: 12 * HOUR, days: 0, label: '12 hours' },
  { ms: DAY, days: 1, label: '1 day' },
  { ms: 2 * DAY, days: 2, label: '2 days' },
  { ms: 7 * DAY, days: 7, label: '1 week' },
  { ms: 14 * DAY, days: 14, label: '2 weeks' },
  { ms: 28 * DAY, days: 28, label: '4 weeks' },
];

/** The smallest size that cuts `rangeMs` into at most `MAX_BUCKETS` bars (the largest for longer ranges). */
export function chooseBucketSize(rangeMs: number): BucketSize {
  const fits = BUCKET_SIZES.find((s) => Math.ceil(rangeMs / s.ms) <= MAX_BUCKETS);
  return fits ?? (BUCKET_SIZES[BUCKET_SIZES.length - 1] as BucketSize);
}

export interface Bucket {
  /** First instant counted (epoch ms), inclusive. */
  startMs: number;
  /** First instant of the next bucket, exclusive. */
  endMs: number;
  /** The first bar of an open `since` also counts everything before it. */
  openStart: boolean;
  /** The last bar of an open `until` also counts everything after it. */
  openEnd: boolean;
}

/** Wall-clock ms (the zone's time encoded as UTC) of an instant. */
const wallOf = (ms: number, zone: string) => ms + zoneOffsetMinutes(zone, ms) * MINUTE;

/** Days since 1970-01-01 are Thursdays + 0; weeks start on Monday. */
const MONDAY_SHIFT = 3;

/** The wall-clock start of the bucket holding `wall`. */
function floorWall(wall: number, size: BucketSize): number {
  if (size.days === 0) return Math.floor(wall / size.ms) * size.ms;
  const day = Math.floor(wall / DAY);
  const shift = size.days % 7 === 0 ? MONDAY_SHIFT : 0;
  return (day - ((((day + shift) % size.days) + size.days) % size.days)) * DAY;
}

/**
 * The buckets of `[startMs, endMs)` (endMs exclusive), cut on the display zone's wall clock (hours at
 * its whole hours, days at its midnights); the first and last are clipped to the range, so counting
 * each bucket adds up to the range exactly.
 */
export function bucketEdges(startMs: number, endMs: number, size: BucketSize, zone: string): number[] {
  const edges = [startMs];
  let wall = floorWall(wallOf(startMs, zone), size);
  // A bounded walk: a DST gap may map two wall edges onto one instant (skipped), never loop forever.
  for (let i = 0; i < MAX_BUCKETS * 4; i++) {
    wall += size.days === 0 ? size.ms : size.days * DAY;
    const edge = wallTimeToUtc(wall, zone);
    if (!Number.isFinite(edge) || edge >= endMs) break;
    if (edge > (edges[edges.length - 1] as number)) edges.push(edge);
  }
  edges.push(endMs);
  return edges;
}

export interface HistogramRange {
  size: BucketSize;
  buckets: Bucket[];
}

/**
 * The histogram of a query's range: `sinceMs`/`untilMs` as resolved (until inclusive, to the ms), an
 * open bound taken from `nowMs` and `OPEN_RANGE_MS` with its edge bar open-ended.
 */
export function histogramRange(
  sinceMs: number | null,
  untilMs: number | null,
  nowMs: number,
  zone: string,
): HistogramRange {
  const end = untilMs === null ? nowMs : untilMs + 1;
  let start = sinceMs === null ? end - OPEN_RANGE_MS : Math.min(sinceMs, end - 1);
  const size = chooseBucketSize(end - start);
  // An open start begins on a whole bucket: its bar is open-ended anyway, so no clipped sliver.
  if (sinceMs === null) start = wallTimeToUtc(floorWall(wallOf(start, zone), size), zone);
  const edges = bucketEdges(start, end, size, zone);
  const buckets: Bucket[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    buckets.push({
      startMs: edges[i] as number,
      endMs: edges[i + 1] as number,
      openStart: sinceMs === null && i === 0,
      openEnd: untilMs === null && i + 2 === edges.length,
    });
  }
  return { size, buckets };
}

/** "Nov 20 12:00–13:00", "Nov 18 – Nov 20", "before Nov 20" … for a bar's text equivalent. */
export function bucketLabel(bucket: Bucket, size: BucketSize, zone: string): string {
  const day = (ms: number) => formatInZone(ms, zone, 'MMM dd');
  const time = (ms: number) => formatInZone(ms, zone, 'HH:mm');
  const at = (ms: number) => (size.days === 0 ? `${day(ms)} ${time(ms)}` : day(ms));
  const lastMs = bucket.endMs - 1;
  if (bucket.openStart) return `until ${at(lastMs)}`;
  if (bucket.openEnd) return `from ${at(bucket.startMs)}`;
  if (size.days === 0) {
    const sameDay = day(bucket.startMs) === day(lastMs);
    return `${at(bucket.startMs)}–${sameDay ? time(bucket.endMs) : at(bucket.endMs)}`;
  }
  return day(bucket.startMs) === day(lastMs)
    ? day(bucket.startMs)
    : `${day(bucket.startMs)} – ${day(lastMs)}`;
}

/** A short tick label under the axis: the day alone at midnight. */
export function tickLabel(ms: number, size: BucketSize, zone: string): string {
  const time = formatInZone(ms, zone, 'HH:mm');
  return formatInZone(ms, zone, size.days === 0 && time !== '00:00' ? 'MMM dd HH:mm' : 'MMM dd');
}

/** Which bars get a tick: the midnights when a few days show, else every k-th bar (about six ticks). */
export function tickIndexes(buckets: readonly Bucket[], size: BucketSize, zone: string): number[] {
  if (size.days === 0) {
    const midnights = buckets.flatMap((b, i) =>
      formatInZone(b.startMs, zone, 'HH:mm') === '00:00' ? [i] : [],
    );
    if (midnights.length >= 2 && midnights.length <= 8) return midnights;
  }
  const every = Math.max(1, Math.ceil(buckets.length / 6));
  return buckets.flatMap((_, i) => (i % every === 0 ? [i] : []));
}
