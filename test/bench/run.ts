// `npm run bench`: builds, measures every figure beside its peer in the same run, then prints ONE table
// (figure, ours, peer, ours ÷ peer, the bar of DESIGN.md). Progress goes to stderr while it runs.
// How each figure and its peer are taken: test/bench/README.md.
import { loadavg } from 'node:os';
import { build } from 'vite';
import { benchBrowser } from './browser-bench.ts';
import { benchBundle } from './bundle-size.ts';
import { E2E_DIST } from '../e2e/dist-dir.ts';
import { printFigures, printTable, type BenchFigure } from './figure.ts';
import { initialSourceModules, measureFloor } from './floor-bundle.ts';
import { benchNormalize } from './normalize-bench.ts';
import { benchNormalizeConvoso } from './normalize-convoso.ts';
import { benchNormalizeSalesfinity } from './normalize-salesfinity.ts';
import { benchNormalizeUnpod } from './normalize-unpod.ts';
import { benchOperatorLoad } from './operator-load-bench.ts';
import { benchProxy } from './proxy-bench.ts';
import { benchAudit } from './audit-bench.ts';
import { benchSandboxAll } from './sandbox-all-bench.ts';
import { benchSandbox } from './sandbox-bench.ts';
import { benchScroll } from './scroll-bench.ts';

/** Our bundle figures, the initial JavaScript with the bare library floor beside it. */
async function bundleWithFloor(output: unknown): Promise<BenchFigure[]> {
  const floor = await measureFloor(initialSourceModules(output)).catch((error: unknown) => {
    console.error(error);
    return null;
  });
  const peer = {
    name: `bare library floor (${floor?.bindings ?? '?'} bindings of ${floor?.packages.length ?? '?'} packages, renders nothing)`,
    value: floor?.kB ?? NaN,
    unit: 'kB',
  };
  return benchBundle(E2E_DIST).map((f) => (f.name === 'initial JavaScript (gzip)' ? { ...f, peer } : f));
}

// `--first-rows`: only the bundle figures and the first-rows/filter-change figures (a before/after in minutes).
const firstRowsOnly = process.argv.includes('--first-rows');
const output = await build({ logLevel: 'warn', build: { outDir: E2E_DIST, emptyOutDir: true } });
const figures: BenchFigure[] = [];
const normalizers = [benchNormalize, benchNormalizeSalesfinity, benchNormalizeUnpod, benchNormalizeConvoso];
const benches: (() => Promise<BenchFigure[]>)[] = firstRowsOnly
  ? [() => bundleWithFloor(output), benchBrowser]
  : [
      () => bundleWithFloor(output),
      ...normalizers.map((n) => async () => n()),
      benchSandbox,
      benchSandboxAll,
      () => benchProxy(),
      () => benchAudit(),
      benchOperatorLoad,
      benchBrowser,
      benchScroll,
    ];
console.error(
  `load average at start: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (const bench of benches) {
  const more = await bench();
  printFigures(more);
  figures.push(...more);
}
console.log('');
printTable(figures);
console.log(
  `\nload average at end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const over = figures.filter((f) => f.pass === false);
console.log(over.length === 0 ? '\nAll measured bars met.' : `\n${over.length} figure(s) over the bar.`);
