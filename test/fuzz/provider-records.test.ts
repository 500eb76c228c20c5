// Fuzzing each provider's parseList with mutated records (fast-check, fixed seeds): the documented records
// of the fixtures with fields dropped, wrong types, null / "" / huge numbers, 1 MB strings, nested garbage
// and `__proto__` / `constructor` / `prototype` keys (own properties, as JSON.parse makes them), inside a
// valid envelope. parseList never throws, gives one entry per record, each a valid LogEntry or an
// InvalidRecord with a reason, leaves the body as it was, and leaves Object.prototype untouched.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROVIDERS,
  entryProblem,
  mutatedRecord,
  pageProblem,
  polluted,
  prototypeSnapshot,
} from './provider-kit.ts';

const RECORDS_PER_PAGE = 5;
const RUNS = 2_000; // × 5 records = 10,000 mutated records per provider
const SEEDS = { timepay: 0x7e57_0001, salesfinity: 0x7e57_0002, unpod: 0x7e57_0003, convoso: 0x7e57_0004 };

let before = '';
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expect(prototypeSnapshot()).toBe(before);
  expect(polluted()).toBe(false);
});

describe.each(PROVIDERS.map((p) => [p.name, p] as const))('fuzz: %s records', (name, provider) => {
  it(`${name}: parseList isolates every one of ${RUNS * RECORDS_PER_PAGE} mutated records`, () => {
    let records = 0;
    let invalid = 0;
    fc.assert(
      fc.property(
        fc.array(mutatedRecord(provider), { minLength: RECORDS_PER_PAGE, maxLength: RECORDS_PER_PAGE }),
        (texts) => {
          const text = provider.envelope(texts);
          const body: unknown = JSON.parse(text);
          const raws = rawRecords(body, name);
          const snapshot = raws.map(shallow);
          const page = provider.adapter.parseList(body, provider.source);
          const problem = pageProblem(page);
          if (problem !== null) throw new Error(`bad page: ${problem}`);
          if (page.entries.length !== texts.length)
            throw new Error(`${page.entries.length} entries for ${texts.length} records`);
          for (let i = 0; i < texts.length; i++) {
            const p = entryProblem(page.entries[i], i, raws[i], provider);
            if (p !== null) throw new Error(p);
            if (page.entries[i] && 'kind' in page.entries[i]!) invalid++;
          }
          // The provider's records stay untouched (the drawer shows them as they came).
          raws.forEach((raw, i) => {
            if (!isDeepStrictEqual(shallow(raw), snapshot[i])) throw new Error(`record ${i} was changed`);
          });
          if (polluted()) throw new Error('Object.prototype was polluted');
          records += texts.length;
        },
      ),
      { seed: SEEDS[name], numRuns: RUNS },
    );
    expect(records).toBeGreaterThanOrEqual(10_000);
    // The mutations are hostile enough to fail records, and mild enough to leave some valid.
    expect(invalid).toBeGreaterThan(records * 0.1);
    expect(invalid).toBeLessThan(records * 0.95);
  }, 120_000);
});

// What this fuzzer found (seeds above), kept as plain cases.
describe('fuzz: records found failing', () => {
  const [, , unpod, convoso] = PROVIDERS;

  it('unpod: a call_duration of 400 digits (Infinity seconds) is an invalid record, not an entry', () => {
    const rec = { ...(unpod!.records[0] as object), call_duration: '9'.repeat(400) };
    const [entry] = unpod!.adapter.parseList(
      JSON.parse(unpod!.envelope([JSON.stringify(rec)])),
      unpod!.source,
    ).entries;
    expect(entry).toMatchObject({
      kind: 'invalid',
      reason: expect.stringMatching(/^call_duration: '9{40}'/),
    });
  });

  it.each([1e308, -1e308])(
    'convoso: a call_length of %d leaves the end unknown (was ±Infinity)',
    (length) => {
      const rec = { ...(convoso!.records[0] as object), call_length: length };
      const page = convoso!.adapter.parseList(
        JSON.parse(convoso!.envelope([JSON.stringify(rec)])),
        convoso!.source,
      );
      const entry = page.entries[0];
      expect(entryProblem(entry, 0, (page.entries[0] as { raw: unknown }).raw, convoso!)).toBeNull();
      expect(entry).toMatchObject({ durationSec: length, endedAt: null });
    },
  );
});

/** A record's own keys and values, one level deep (a deep copy of 2,000-level nesting costs too much). */
function shallow(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object') return raw;
  return Object.getOwnPropertyNames(raw).map((k) => [k, (raw as Record<string, unknown>)[k]]);
}

/** The records array inside a provider's envelope. */
function rawRecords(body: unknown, name: string): unknown[] {
  const b = body as { data: unknown[] | { results: unknown[] } };
  return name === 'convoso' ? (b.data as { results: unknown[] }).results : (b.data as unknown[]);
}
