import { describe, expect, it } from 'vitest';
import {
  BUCKET_SIZES,
  bucketEdges,
  bucketLabel,
  chooseBucketSize,
  histogramRange,
  MAX_BUCKETS,
  OPEN_RANGE_MS,
} from '../../src/features/charts/buckets.ts';
import { toZonedIso } from '../../src/logs/time.ts';

const H = 3_600_000;
const D = 24 * H;

describe('chooseBucketSize', () => {
  it.each([
    [H, '1 minute', 60],
    [6 * H, '10 minutes', 36],
    [D, '30 minutes', 48],
    [7 * D, '3 hours', 56],
    [30 * D, '12 hours', 60],
    [90 * D, '2 days', 45],
  ])('cuts %i ms into %s bars (%i of them)', (range, label, bars) => {
    const size = chooseBucketSize(range);
    expect(size.label).toBe(label);
    expect(Math.ceil(range / size.ms)).toBe(bars);
  });

  it('keeps every range from a minute to a year within the bar limit, with the smallest size that fits', () => {
    for (let range = 60_000; range < 400 * D; range = Math.ceil(range * 1.37)) {
      const size = chooseBucketSize(range);
      const i = BUCKET_SIZES.indexOf(size);
      if (i < BUCKET_SIZES.length - 1) expect(Math.ceil(range / size.ms)).toBeLessThanOrEqual(MAX_BUCKETS);
      if (i > 0) expect(Math.ceil(range / (BUCKET_SIZES[i - 1]?.ms ?? 1))).toBeGreaterThan(MAX_BUCKETS);
    }
  });
});

describe('bucketEdges', () => {
  it('cuts hours at the display zone’s whole hours (Kolkata is UTC+05:30), clipping the ends to the range', () => {
    const start = Date.parse('2026-11-20T00:10:00Z'); // 05:40 in Kolkata
    const end = Date.parse('2026-11-20T03:00:00Z'); // 08:30
    const edges = bucketEdges(start, end, chooseBucketSize(4 * H * 10), 'Asia/Kolkata');
    // 40 h range → 1 h buckets
    expect(edges.map((e) => toZonedIso(e, 'Asia/Kolkata').slice(11, 16))).toEqual([
      '05:40',
      '06:00',
      '07:00',
      '08:00',
      '08:30',
    ]);
  });

  it('cuts days at midnight in the display zone, 23 and 25 hours long across DST in New York', () => {
    const size = BUCKET_SIZES.find((s) => s.label === '1 day');
    if (!size) throw new Error('no day size');
    const zone = 'America/New_York';
    const start = Date.parse('2026-03-07T05:00:00Z'); // Mar 7 00:00 EST
    const end = Date.parse('2026-03-10T04:00:00Z'); // Mar 10 00:00 EDT
    const edges = bucketEdges(start, end, size, zone);
    expect(edges.map((e) => toZonedIso(e, zone))).toEqual([
      '2026-03-07T00:00:00',
      '2026-03-08T00:00:00',
      '2026-03-09T00:00:00',
      '2026-03-10T00:00:00',
    ]);
    expect((edges[2] ?? 0) - (edges[1] ?? 0)).toBe(23 * H);
    const fall = bucketEdges(
      Date.parse('2026-11-01T04:00:00Z'),
      Date.parse('2026-11-02T05:00:00Z'),
      size,
      zone,
    );
    expect((fall[1] ?? 0) - (fall[0] ?? 0)).toBe(25 * H);
  });

  it('starts weeks on Monday', () => {
    const size = BUCKET_SIZES.find((s) => s.label === '1 week');
    if (!size) throw new Error('no week size');
    const edges = bucketEdges(
      Date.parse('2026-11-04T00:00:00Z'),
      Date.parse('2026-11-30T00:00:00Z'),
      size,
      'UTC',
    );
    expect(new Date(edges[1] ?? 0).getUTCDay()).toBe(1);
  });
});

describe('histogramRange', () => {
  const zone = 'Asia/Kolkata';
  it('covers an inclusive until exactly: the buckets tile [since, until + 1 ms)', () => {
    const since = Date.parse('2026-11-19T18:30:00Z'); // Nov 20 00:00 IST
    const until = since + D - 1;
    const { size, buckets } = histogramRange(since, until, 0, zone);
    expect(size.label).toBe('30 minutes');
    expect(buckets).toHaveLength(48);
    expect(buckets[0]?.startMs).toBe(since);
    expect(buckets[47]?.endMs).toBe(until + 1);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i]?.startMs).toBe(buckets[i - 1]?.endMs);
    expect(buckets.some((b) => b.openStart || b.openEnd)).toBe(false);
    expect(bucketLabel(buckets[0]!, size, zone)).toBe('Nov 20 00:00–00:30');
  });

  it('gives an open range 90 days up to now with open-ended edge bars, starting on a whole bucket', () => {
    const now = Date.parse('2026-11-20T12:00:00Z');
    const { size, buckets } = histogramRange(null, null, now, zone);
    expect(size.label).toBe('2 days');
    const first = buckets[0]!;
    const last = buckets[buckets.length - 1]!;
    expect(first.openStart).toBe(true);
    expect(last.openEnd).toBe(true);
    expect(last.endMs).toBe(now);
    expect(toZonedIso(first.startMs, zone).slice(11)).toBe('00:00:00');
    expect(now - first.startMs).toBeGreaterThanOrEqual(OPEN_RANGE_MS);
    expect(bucketLabel(first, size, zone)).toMatch(/^until /);
  });
});
