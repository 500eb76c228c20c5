// The one measuring loop of the normalization benches: best of five records/s through an adapter's `parseList`.
import type { SourceInfo } from '../../src/logs/source.ts';
import type { ProviderAdapter } from '../../src/providers/adapter.ts';
import type { BenchFigure } from './figure.ts';

const BAR = 200_000;

/** How many records a page holds: the length of its first array of objects. */
function recordsIn(page: unknown): number {
  if (Array.isArray(page)) return page.length;
  if (page === null || typeof page !== 'object') return 0;
  for (const v of Object.values(page)) {
    const n = recordsIn(v);
    if (n > 0) return n;
  }
  return 0;
}

/**
 * The peer of the normalization figure: records per second through `JSON.parse` of the same pages as the
 * bytes a provider sends (each page stringified once beforehand), best of five like the figure itself.
 */
export function jsonParseRate(pages: readonly unknown[]): number {
  const texts = pages.map((p) => JSON.stringify(p));
  const records = pages.reduce<number>((n, p) => n + recordsIn(p), 0);
  let sink = 0;
  for (const t of texts.slice(0, 200)) sink += (JSON.parse(t) as object) ? 1 : 0;
  let best = 0;
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    for (const t of texts) sink += (JSON.parse(t) as object) ? 1 : 0;
    best = Math.max(best, records / ((performance.now() - t0) / 1000));
  }
  if (sink === 0) throw new Error('JSON.parse produced nothing');
  return best;
}

/**
 * Records per second through `adapter.parseList` over `pages`, best of five rounds, after warming up
 * on the first `warmUpPages` pages (JIT, zod's compiled parsers, the offset/phone caches as in a
 * running app). Throws when the benchmark data yields an invalid record.
 */
export function measureNormalize(
  provider: string,
  adapter: Pick<ProviderAdapter, 'parseList'>,
  source: SourceInfo,
  pages: readonly unknown[],
  warmUpPages: number,
): BenchFigure[] {
  for (const page of pages.slice(0, warmUpPages)) adapter.parseList(page, source);
  let best = 0;
  let invalid = 0;
  // Best of five: the machine is shared, and throughput is what the code can do, not the noise.
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    let n = 0;
    invalid = 0;
    for (const page of pages) {
      const list = adapter.parseList(page, source);
      n += list.entries.length;
      for (const e of list.entries) if ('kind' in e) invalid++;
    }
    best = Math.max(best, n / ((performance.now() - t0) / 1000));
  }
  if (invalid > 0) throw new Error(`benchmark data produced ${invalid} invalid records`);
  return [
    {
      name: `normalize ${provider} records`,
      value: best,
      unit: 'records/s',
      bar: `≥ ${BAR.toLocaleString('en-US')}/s`,
      pass: best >= BAR,
      peer: { name: 'JSON.parse of the same pages', value: jsonParseRate(pages), unit: 'records/s' },
    },
  ];
}
