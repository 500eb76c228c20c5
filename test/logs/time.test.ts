import { describe, expect, it } from 'vitest';
import {
  browserTimeZone,
  formatInZone,
  isValidTimeZone,
  parseProviderTime,
  toZonedIso,
} from '../../src/logs/time.ts';

const KOLKATA = 'Asia/Kolkata';
const LA = 'America/Los_Angeles';

describe('parseProviderTime', () => {
  it('reads offset-less timestamps in Asia/Kolkata (UTC+05:30)', () => {
    expect(parseProviderTime('2026-01-17T08:33:36', KOLKATA)).toBe(Date.UTC(2026, 0, 17, 3, 3, 36));
    expect(parseProviderTime('2026-01-17 08:33:36', KOLKATA)).toBe(Date.UTC(2026, 0, 17, 3, 3, 36));
    expect(parseProviderTime('2026-01-17T08:33:36.250', KOLKATA)).toBe(Date.UTC(2026, 0, 17, 3, 3, 36, 250));
    expect(parseProviderTime('2026-01-17T08:33', KOLKATA)).toBe(Date.UTC(2026, 0, 17, 3, 3));
    expect(parseProviderTime('2026-01-17', KOLKATA)).toBe(Date.UTC(2026, 0, 16, 18, 30));
  });

  it('reads offset-less timestamps in America/Los_Angeles, winter and summer', () => {
    expect(parseProviderTime('2026-01-17T08:33:36', LA)).toBe(Date.UTC(2026, 0, 17, 16, 33, 36));
    expect(parseProviderTime('2026-07-17T08:33:36', LA)).toBe(Date.UTC(2026, 6, 17, 15, 33, 36));
  });

  it('handles the spring-forward gap and the autumn overlap in Los Angeles', () => {
    // 2026-03-08: 02:00 PST jumps to 03:00 PDT.
    expect(parseProviderTime('2026-03-08T01:59:59', LA)).toBe(Date.UTC(2026, 2, 8, 9, 59, 59));
    expect(parseProviderTime('2026-03-08T03:00:00', LA)).toBe(Date.UTC(2026, 2, 8, 10));
    // 02:30 does not exist: read forward, as 03:30 PDT.
    expect(parseProviderTime('2026-03-08T02:30:00', LA)).toBe(Date.UTC(2026, 2, 8, 10, 30));
    // 2026-11-01: 01:00-02:00 happens twice; the earlier (PDT) instant is taken.
    expect(parseProviderTime('2026-11-01T01:30:00', LA)).toBe(Date.UTC(2026, 10, 1, 8, 30));
    expect(parseProviderTime('2026-11-01T02:30:00', LA)).toBe(Date.UTC(2026, 10, 1, 10, 30));
    expect(parseProviderTime('2026-11-01T00:59:59', LA)).toBe(Date.UTC(2026, 10, 1, 7, 59, 59));
  });

  it('reads Z and explicit offsets as such, whatever the zone', () => {
    expect(parseProviderTime('2026-01-17T08:33:36Z', KOLKATA)).toBe(Date.UTC(2026, 0, 17, 8, 33, 36));
    expect(parseProviderTime('2026-01-17T08:33:36.123Z', LA)).toBe(Date.UTC(2026, 0, 17, 8, 33, 36, 123));
    expect(parseProviderTime('2026-01-17T08:33:36+05:30', LA)).toBe(Date.UTC(2026, 0, 17, 3, 3, 36));
    expect(parseProviderTime('2026-01-17T08:33:36-0800', KOLKATA)).toBe(Date.UTC(2026, 0, 17, 16, 33, 36));
  });

  it('gives null for garbage, impossible dates and unknown zones', () => {
    for (const s of [
      null,
      undefined,
      '',
      'yesterday',
      '2026-13-01T00:00:00',
      '2026-02-29T00:00:00',
      '2026-01-32',
      '2026-01-17T24:00:00',
      '2026-01-17T08:60:00',
      '17/01/2026 08:33',
      '2026-01-17T08:33:36+25:00',
      'x'.repeat(10_000),
    ]) {
      expect(parseProviderTime(s, KOLKATA)).toBeNull();
    }
    expect(parseProviderTime('2024-02-29T00:00:00Z', KOLKATA)).toBe(Date.UTC(2024, 1, 29));
    expect(parseProviderTime('2026-01-17T08:33:36', 'Not/AZone')).toBeNull();
  });
});

describe('toZonedIso and formatInZone', () => {
  it('writes the offset-less wall time of the zone (timepay query format)', () => {
    expect(toZonedIso(Date.UTC(2026, 0, 17, 3, 3, 36), KOLKATA)).toBe('2026-01-17T08:33:36');
    expect(toZonedIso(Date.UTC(2026, 0, 16, 18, 30), KOLKATA)).toBe('2026-01-17T00:00:00');
    expect(toZonedIso(Date.UTC(2026, 6, 17, 15, 33, 36), LA)).toBe('2026-07-17T08:33:36');
  });

  it('round-trips with parseProviderTime', () => {
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 7 * 3_600_000 + 13_000) {
      for (const zone of [KOLKATA, LA, 'Australia/Lord_Howe', 'UTC']) {
        const back = parseProviderTime(toZonedIso(ms, zone), zone);
        // Only the repeated autumn hour may come back as its earlier twin.
        if (back !== ms) expect(ms - (back ?? 0)).toBeGreaterThan(0);
      }
    }
  });

  it('formats for display in a zone, and survives bad zones and patterns', () => {
    const ms = Date.UTC(2026, 0, 17, 3, 3, 36);
    expect(formatInZone(ms, KOLKATA)).toBe('2026-01-17 08:33:36');
    expect(formatInZone(ms, LA, 'dd MMM yyyy HH:mm')).toBe('16 Jan 2026 19:03');
    expect(formatInZone(ms, 'Nope/Nope')).toBe('2026-01-17 03:03:36');
    expect(formatInZone(Number.NaN, KOLKATA)).toBe('');
    expect(formatInZone(ms, KOLKATA, 'bogus pattern')).toBe('2026-01-17 08:33:36');
  });

  it('knows valid zones', () => {
    expect(isValidTimeZone(KOLKATA)).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(browserTimeZone())).toBe(true);
  });
});
