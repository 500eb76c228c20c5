import { benchNormalize } from '/work/main/test/bench/normalize-bench.ts';
console.log(benchNormalize());
