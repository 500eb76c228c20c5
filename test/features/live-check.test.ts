import { describe, expect, it } from 'vitest';
import { liveUnavailable, newestStart } from '../../src/features/live/live-check.ts';
import type { ListPage } from '../../src/providers/adapter.ts';

const NOW = Date.parse('2026-11-20T12:00:00Z');

describe('liveUnavailable', () => {
  it('lets live mode run when the range ends now: no until, now, or a relative end at or after now', () => {
    for (const until of [null, 'now', 'now/d', 'now/h', 'now+1d'])
      expect(liveUnavailable({ until }, NOW, 'Asia/Kolkata')).toBeNull();
  });

  it('says why for a range that ended before now, relative or absolute', () => {
    for (const until of ['now-1h', 'now-1d/d', '2026-11-20T00:00:00Z', '2030-01-01T00:00:00Z'])
      expect(liveUnavailable({ until }, NOW, 'UTC')).toBe('Only for a range that ends now');
  });
});

describe('newestStart', () => {
  it('is the latest start on the page, skipping unreadable records and logs without a start', () => {
    const entries = [
      { startedAt: NOW - 5_000 },
      { kind: 'invalid', reason: 'bad' },
      { startedAt: null },
      { startedAt: NOW - 1_000 },
    ] as unknown as ListPage['entries'];
    expect(newestStart({ page: 1, pageSize: 4, total: 4, hasNext: false, entries })).toBe(NOW - 1_000);
    expect(newestStart({ page: 1, pageSize: 4, total: 0, hasNext: false, entries: [] })).toBeNull();
    expect(newestStart(undefined)).toBeNull();
  });
});
