import { describe, expect, it } from 'vitest';
import { cacheKey, pinnedToPast } from '../../../src/server/cache/cache-policy.ts';

const NOW = Date.parse('2026-06-15T12:00:00Z');

describe('pinnedToPast', () => {
  it.each([
    ['end_time=2026-06-13T10:00:00', true], // timepay, zone-less: 2 days ago whatever the zone
    ['end_time=2026-06-15 10:00:00', false], // Convoso account-local: could be the last hour somewhere
    ['end_time=2026-06-14%2008:00:00', true],
    ['filters%5Bend_date%5D=2026-06-15T09:00:00.000Z', true], // Salesfinity, an instant
    ['filters%5Bend_date%5D=2026-06-15T11:30:00.000Z', false], // within the settling hour
    ['end_date=2026-06-14', false], // a whole day, which may still be running in UTC+14
    ['end_date=2026-06-13', true],
    ['end_time=13-06-2026%2010:00:00', true], // unpod DD-MM-YYYY
    ['end_time=2026-07-01T00:00:00', false],
    ['end_time=yesterday', false],
    ['page=2', false],
  ])('%s → %s', (query, pinned) => {
    expect(pinnedToPast(query, NOW)).toBe(pinned);
  });
});

describe('cacheKey', () => {
  it('differs by source, path, query and accepted type, and is null for conditional requests', () => {
    const key = cacheKey('a', '/p', 'x=1', { accept: 'application/json' });
    expect(cacheKey('b', '/p', 'x=1', { accept: 'application/json' })).not.toBe(key);
    expect(cacheKey('a', '/q', 'x=1', { accept: 'application/json' })).not.toBe(key);
    expect(cacheKey('a', '/p', 'x=2', { accept: 'application/json' })).not.toBe(key);
    expect(cacheKey('a', '/p', 'x=1', { accept: 'text/csv' })).not.toBe(key);
    expect(cacheKey('a', '/p', 'x=1', { accept: 'application/json', range: 'bytes=0-1' })).toBeNull();
    expect(cacheKey('a', '/p', 'x=1', { 'if-none-match': '"e"' })).toBeNull();
  });
});
