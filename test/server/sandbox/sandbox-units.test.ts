import { describe, expect, it } from 'vitest';
import { decideRange } from '../../../src/server/sandbox/audio/byte-range.ts';
import { parseQueryTime } from '../../../src/server/sandbox/ist-time.ts';
import { letterIdCodec, uuidCodec } from '../../../src/server/sandbox/reversible-id.ts';

describe('decideRange', () => {
  it.each([
    [undefined, { kind: 'full' }],
    ['bytes=0-9', { kind: 'partial', start: 0, end: 9 }],
    ['bytes=90-', { kind: 'partial', start: 90, end: 99 }],
    ['bytes=-10', { kind: 'partial', start: 90, end: 99 }],
    ['bytes=-1000', { kind: 'partial', start: 0, end: 99 }],
    ['bytes=50-5000', { kind: 'partial', start: 50, end: 99 }],
    ['bytes=100-', { kind: 'unsatisfiable' }],
    ['bytes=-0', { kind: 'unsatisfiable' }],
    ['bytes=9-3', { kind: 'full' }],
    ['bytes=0-1,5-6', { kind: 'full' }],
    ['items=0-9', { kind: 'full' }],
  ])('reads %s against 100 bytes', (header, expected) => {
    expect(decideRange(header, 100)).toEqual(expected);
  });
});

describe('parseQueryTime', () => {
  it('reads offset-less values as India time, dates as whole days', () => {
    expect(parseQueryTime('2026-01-17T00:00:00', 'start')).toBe(Date.UTC(2026, 0, 16, 18, 30));
    expect(parseQueryTime('2026-01-17', 'start')).toBe(Date.UTC(2026, 0, 16, 18, 30));
    expect(parseQueryTime('2026-01-17', 'end')).toBe(Date.UTC(2026, 0, 17, 18, 30) - 1);
    expect(parseQueryTime('2026-01-17 08:33', 'start')).toBe(Date.UTC(2026, 0, 17, 3, 3));
  });

  it('honours an explicit offset, even when its + arrived as a space', () => {
    expect(parseQueryTime('2026-01-17T00:00:00Z', 'start')).toBe(Date.UTC(2026, 0, 17));
    expect(parseQueryTime('2026-01-17T05:30:00 05:30', 'start')).toBe(Date.UTC(2026, 0, 17));
  });

  it.each(['', 'yesterday', '2026-1-7', '2026-02-29', '2026-01-17T24:00:00', '17/01/2026'])(
    'refuses %j',
    (value) => {
      expect(parseQueryTime(value, 'start')).toBeNull();
    },
  );
});

describe('reversible ids', () => {
  it('decode back to their index and refuse anything else', () => {
    const letters = letterIdCodec(42, 1, 24);
    const uuids = uuidCodec(42, 2);
    for (const i of [0, 1, 59_999, 123_456]) {
      expect(letters.decode(letters.encode(i))).toBe(i);
      expect(uuids.decode(uuids.encode(i))).toBe(i);
    }
    expect(letters.encode(1)).toMatch(/^[A-Za-z]{24}$/);
    expect(uuids.encode(1)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(letters.decode('KjbdfYCefvutafHGCDhgfhga')).toBeNull();
    expect(uuids.decode('7437557f-7ab9-4012-b411-a6f534c5aaf0')).toBeNull();
    expect(letterIdCodec(43, 1, 24).decode(letters.encode(5))).toBeNull();
  });
});
