/**
 * The whole suite on a hostile clock or a busy machine (issue 12), each run bounded and self-stopping:
 *
 *   node --import tsx test/stress/run-suite.ts --shift=+1y --shift=-1y   # npm run test:hostile-clock
 *   node --import tsx test/stress/run-suite.ts --load                    # npm run test:under-load
 *   options: --repeat N (each setting N times), --busy N (busy processes, default: one per core)
 *
 * --shift moves the run's one "now" (test/run-clock.ts), which both the sandbox and the browser use.
 * --load keeps every core busy with spinning processes for the whole run; they stop themselves after
 * the suite's own bound if this script dies. Prints one line per run and exits 1 if any run failed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** The suite's bound: vitest is stopped after this, busy processes stop themselves after it too. */
const RUN_LIMIT_MS = 45 * 60_000;

const { values } = parseArgs({
  options: {
    shift: { type: 'string', multiple: true },
    load: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    busy: { type: 'string' },
  },
});
const shifts = values.shift?.length ? values.shift : [''];
const repeat = Number(values.repeat);
const busyCount = Number(values.busy ?? availableParallelism());

function spinners(): ChildProcess[] {
  const spin = `const end = Date.now() + ${RUN_LIMIT_MS}; let x = 0; while (Date.now() < end) x = (x * 31 + 7) % 1e9;`;
  return Array.from({ length: busyCount }, () => spawn(process.execPath, ['-e', spin], { stdio: 'ignore' }));
}

interface RunResult {
  passed: number;
  failed: number;
  seconds: number;
  exit: number | null;
}

async function runSuite(env: NodeJS.ProcessEnv, skipBuild: boolean): Promise<RunResult> {
  const out = join(mkdtempSync(join(tmpdir(), 'switchboard-stress-')), 'results.json');
  const started = Date.now();
  const child = spawn('npx', ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile=${out}`], {
    env: { ...process.env, ...env, ...(skipBuild ? { SWITCHBOARD_SKIP_BUILD: '1' } : {}) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const timer = setTimeout(() => child.kill('SIGTERM'), RUN_LIMIT_MS);
  const exit = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  const seconds = (Date.now() - started) / 1000;
  try {
    const r = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    // A non-zero exit with no failed test (a suite that could not load) still counts as a failure.
    const failed = r.numFailedTests || (exit === 0 ? 0 : 1);
    return { passed: r.numPassedTests, failed, seconds, exit };
  } catch {
    return { passed: 0, failed: 1, seconds, exit };
  }
}

const lines: string[] = [];
let anyFailed = false;
let built = false;
for (const shift of shifts)
  for (let i = 1; i <= repeat; i += 1) {
    const busy = values.load ? spinners() : [];
    const loadBefore = loadavg()[0]!.toFixed(1);
    const result = await runSuite({ SWITCHBOARD_TEST_CLOCK_SHIFT: shift }, built);
    const loadAfter = loadavg()[0]!.toFixed(1);
    for (const p of busy) p.kill('SIGKILL');
    built = true;
    anyFailed ||= result.failed > 0;
    const line =
      `run ${i}/${repeat} clock shift ${shift || 'none'}${values.load ? `, ${busyCount} busy processes` : ''}: ` +
      `${result.passed} passed, ${result.failed} failed in ${result.seconds.toFixed(0)} s ` +
      `(load average ${loadBefore} before, ${loadAfter} at the end)`;
    lines.push(line);
    console.log(`\n${line}\n`);
  }
console.log(lines.join('\n'));
process.exit(anyFailed ? 1 : 0);
