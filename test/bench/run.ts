// `npm run bench`: builds, then prints every measured figure beside its bar in DESIGN.md.
import { build } from 'vite';
import { benchBrowser } from './browser-bench.ts';
import { benchBundle } from './bundle-size.ts';
import { E2E_DIST } from '../e2e/dist-dir.ts';
import { printFigures, type BenchFigure } from './figure.ts';
import { benchNormalize } from './normalize-bench.ts';
import { benchNormalizeConvoso } from './normalize-convoso.ts';
import { benchNormalizeSalesfinity } from './normalize-salesfinity.ts';
import { benchNormalizeUnpod } from './normalize-unpod.ts';
import { benchSandboxAll } from './sandbox-all-bench.ts';
import { benchSandbox } from './sandbox-bench.ts';
import { benchScroll } from './scroll-bench.ts';

await build({ logLevel: 'warn', build: { outDir: E2E_DIST, emptyOutDir: true } });
const figures: BenchFigure[] = [...benchBundle(E2E_DIST)];
printFigures(figures);
const normalizers = [benchNormalize, benchNormalizeSalesfinity, benchNormalizeUnpod, benchNormalizeConvoso];
for (const bench of [
  ...normalizers.map((n) => async () => n()),
  benchSandbox,
  benchSandboxAll,
  benchBrowser,
  benchScroll,
]) {
  const more = await bench();
  printFigures(more);
  figures.push(...more);
}
const over = figures.filter((f) => f.pass === false);
console.log(over.length === 0 ? '\nAll measured bars met.' : `\n${over.length} figure(s) over the bar.`);
