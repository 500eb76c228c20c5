// Property test of the merged view's k-way merge (fast-check, fixed seeds): random sources with random
// page sizes and start times (ties and missing times included), consumed page by page the way the table
// consumes them (only the pages the merge asks for). At every step the shown prefix extends the previous
// one (rows never move or repeat across page boundaries); once every page is in, nothing is lost and the
// result equals a full sort by start time (newest first; ties by source order, then provider order).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveTimes, mergePrefix, selectSources, type MergeSource } from '../../src/logs/merge.ts';

interface Item {
  source: number;
  pos: number;
  at: number | null;
}
const timeOf = (item: Item) => item.at;
const id = (item: Item) => `${item.source}:${item.pos}`;

/** Sources newest first by time (as providers document), times drawn from a small range so ties happen. */
const sortedSources = fc.array(
  fc.record({
    times: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 40 }),
    pageSize: fc.integer({ min: 1, max: 7 }),
  }),
  { minLength: 1, maxLength: 5 },
);

/** Any order, with missing times (unpod's missed calls, invalid records). */
const anySources = fc.array(
  fc.record({
    times: fc.array(fc.option(fc.integer({ min: 0, max: 30 }), { nil: null, freq: 5 }), { maxLength: 40 }),
    pageSize: fc.integer({ min: 1, max: 7 }),
  }),
  { minLength: 1, maxLength: 5 },
);

/** Reads the sources page by page as the merge asks; every intermediate prefix is recorded. */
function consume(
  sources: { items: Item[]; pageSize: number }[],
  pick: (needs: number[]) => number[],
): { prefixes: Item[][]; final: Item[]; pagesRead: number[] } {
  const loaded = sources.map(() => 0);
  const prefixes: Item[][] = [];
  for (let round = 0; round < 10_000; round++) {
    const inputs: MergeSource<Item>[] = sources.map((s, m) => ({
      entries: s.items.slice(0, loaded[m]! * s.pageSize),
      hasMore: loaded[m]! * s.pageSize < s.items.length,
    }));
    const { rows, needs } = mergePrefix(inputs, timeOf);
    prefixes.push(rows.map((r) => r.item));
    if (needs.length === 0) return { prefixes, final: rows.map((r) => r.item), pagesRead: loaded };
    for (const m of pick(needs)) loaded[m]! += 1;
  }
  throw new Error('the merge never finished');
}

const build = (spec: { times: (number | null)[]; pageSize: number }[], sort: boolean) =>
  spec.map(({ times, pageSize }, source) => ({
    pageSize,
    items: (sort ? [...(times as number[])].sort((a, b) => b - a) : times).map((at, pos) => ({
      source,
      pos,
      at,
    })),
  }));

function checkPrefixes(prefixes: Item[][]) {
  for (let i = 1; i < prefixes.length; i++) {
    const before = prefixes[i - 1]!.map(id);
    expect(prefixes[i]!.slice(0, before.length).map(id)).toEqual(before);
  }
}

describe('mergePrefix', () => {
  it('sorted sources: prefixes only grow, newest first, none lost or repeated, equal to a full sort', () => {
    fc.assert(
      fc.property(sortedSources, fc.boolean(), (spec, oneAtATime) => {
        const sources = build(spec, true);
        const { prefixes, final } = consume(sources, (needs) => (oneAtATime ? needs.slice(0, 1) : needs));
        checkPrefixes(prefixes);
        for (const prefix of prefixes)
          for (let i = 1; i < prefix.length; i++)
            expect(prefix[i - 1]!.at!).toBeGreaterThanOrEqual(prefix[i]!.at!);
        const all = sources.flatMap((s) => s.items);
        expect(new Set(final.map(id)).size).toBe(final.length);
        const fullSort = [...all].sort((a, b) => b.at! - a.at! || a.source - b.source || a.pos - b.pos);
        expect(final.map(id)).toEqual(fullSort.map(id));
      }),
      { seed: 0x6e_0001, numRuns: 1_500 },
    );
  });

  it('any order and missing times: prefixes only grow, every entry exactly once, each source in its order', () => {
    fc.assert(
      fc.property(anySources, (spec) => {
        const sources = build(spec, false);
        const { prefixes, final } = consume(sources, (needs) => needs);
        checkPrefixes(prefixes);
        const all = sources.flatMap((s) => s.items);
        expect([...final.map(id)].sort()).toEqual(all.map(id).sort());
        // Within a source the provider's order is kept; across sources, effective times never increase.
        for (const s of sources) {
          const mine = final.filter((x) => x.source === s.items[0]?.source).map((x) => x.pos);
          expect(mine).toEqual([...mine].sort((a, b) => a - b));
        }
        const eff = new Map(
          sources.flatMap((s) =>
            effectiveTimes(s.items, timeOf).map((t, i): [string, number] => [id(s.items[i]!), t]),
          ),
        );
        for (let i = 1; i < final.length; i++)
          expect(eff.get(id(final[i - 1]!))!).toBeGreaterThanOrEqual(eff.get(id(final[i]!))!);
      }),
      { seed: 0x6e_0002, numRuns: 1_500 },
    );
  });

  it('holds back an entry that an unloaded entry of another source could precede', () => {
    const a = {
      entries: [
        { source: 0, pos: 0, at: 10 },
        { source: 0, pos: 1, at: 5 },
      ],
      hasMore: false,
    };
    const b = { entries: [{ source: 1, pos: 0, at: 8 }], hasMore: true };
    const { rows, needs } = mergePrefix([a, b], timeOf);
    // 10 and 8 are safe; 5 is not: b's next page could hold a 6.
    expect(rows.map((r) => r.item.at)).toEqual([10, 8]);
    expect(needs).toEqual([1]);
    // A source with nothing loaded yet blocks everything.
    expect(mergePrefix([a, { entries: [], hasMore: true }], timeOf).rows).toEqual([]);
  });

  it('places entries without a time right after their predecessor (first: at the top)', () => {
    const a = {
      entries: [
        { source: 0, pos: 0, at: null },
        { source: 0, pos: 1, at: 9 },
        { source: 0, pos: 2, at: null },
        { source: 0, pos: 3, at: 3 },
      ],
      hasMore: false,
    };
    const b = {
      entries: [
        { source: 1, pos: 0, at: 20 },
        { source: 1, pos: 1, at: 5 },
      ],
      hasMore: false,
    };
    expect(mergePrefix([a, b], timeOf).rows.map((r) => id(r.item))).toEqual([
      '0:0',
      '1:0',
      '0:1',
      '0:2',
      '1:1',
      '0:3',
    ]);
  });
});

describe('selectSources', () => {
  const s = (id: string) => ({
    id,
    provider: 'timepay' as const,
    label: id,
    timeZone: 'UTC',
    defaultCountry: 'IN',
    sandbox: true,
  });
  const list = [s('a'), s('b'), s('c')];
  it('all → every source; repeated → those in URL order; unknown ids named', () => {
    expect(selectSources(list, ['all']).members.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(selectSources(list, ['c', 'a', 'zz'])).toEqual({ members: [list[2], list[0]], unknown: ['zz'] });
    expect(selectSources(list, []).members.map((x) => x.id)).toEqual(['a']);
  });
});
