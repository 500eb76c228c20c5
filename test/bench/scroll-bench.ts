// The 200,000-row result in headless Chromium (DESIGN.md quality bars): filter change to new rows, main-thread
// tasks over 50 ms while scrolling, p95 frame time while scrolling, and the page's JS heap after GC.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { startSandbox } from '../../src/server/sandbox/index.ts';
import { startProductionServer } from '../../src/server/start.ts';
import { SANDBOX_NOW } from '../e2e/app.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { E2E_DIST } from '../e2e/dist-dir.ts';
import { filterChangeMs } from './browser-bench.ts';
import { median, type BenchFigure } from './figure.ts';

export const BIG_RESULT = 200_000;
const SOURCE = 'sandbox-timepay';

/**
 * Installed in the page as a string (tsx would wrap a function with helpers the page does not have).
 * `__scrollBench.record()` starts counting rAF deltas and long tasks / long animation frames;
 * `__scrollBench.scripted(plan)` scrolls the table's scroller by a time-based plan, one step per frame;
 * `__scrollBench.stop()` returns what was recorded.
 */
/** Our table's scroller, as a JS expression evaluated in the page. */
const OUR_SCROLLER = `document.querySelector('table[aria-label^="Logs of"]')?.parentElement`;

/** The recorder for another grid (the AG Grid peer): `scroller` is a JS expression for its scrolling element. */
export const recorderFor = (scroller: string): string => recorder.replace(OUR_SCROLLER, scroller);

const recorder = `
(() => {
  const scroller = () => ${OUR_SCROLLER};
  const state = { frames: [], long: [], marks: [], observer: null, raf: 0, last: 0, t0: 0 };
  const tick = (now) => {
    if (state.last) state.frames.push(now - state.last);
    state.last = now;
    state.raf = requestAnimationFrame(tick);
  };
  const keep = (entry) => ({
    type: entry.entryType,
    start: entry.startTime,
    duration: entry.duration,
    blocking: entry.blockingDuration ?? null,
    scripts: (entry.scripts ?? []).map((s) => ({
      duration: s.duration,
      invoker: s.invoker,
      fn: s.sourceFunctionName,
      url: s.sourceURL,
      at: s.sourceCharPosition,
    })),
  });
  window.__scrollBench = {
    record() {
      state.frames = []; state.long = []; state.marks = []; state.last = 0; state.t0 = performance.now();
      state.observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) state.long.push(keep(e)); });
      const supported = PerformanceObserver.supportedEntryTypes;
      for (const type of ['longtask', 'long-animation-frame'])
        if (supported.includes(type)) state.observer.observe({ type, buffered: false });
      state.raf = requestAnimationFrame(tick);
      return supported.filter((t) => t === 'longtask' || t === 'long-animation-frame');
    },
    /** plan: [{ at: ms from start, top: px | null, speed: px/s }]; ends at the last step's 'at'. */
    scripted(plan, limitMs) {
      const el = scroller();
      if (!el) throw new Error('no table scroller');
      return new Promise((resolve) => {
        const start = performance.now();
        let from = el.scrollTop, since = start, index = -1;
        const step = (now) => {
          const t = now - start;
          while (index + 1 < plan.length && plan[index + 1].at <= t) {
            index += 1;
            const p = plan[index];
            state.marks.push({ label: p.label, at: now });
            if (p.top !== null) el.scrollTop = p.top;
            from = el.scrollTop; since = now;
          }
          const p = plan[index];
          if (index >= plan.length - 1 || t > limitMs) return resolve({ ms: t, top: el.scrollTop });
          if (p && p.speed) el.scrollTop = from + (p.speed * (now - since)) / 1000;
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
    },
    scrollHeight: () => scroller()?.scrollHeight ?? 0,
    mark: (label) => state.marks.push({ label, at: performance.now() }),
    stop() {
      cancelAnimationFrame(state.raf);
      const pending = state.observer?.takeRecords() ?? [];
      for (const e of pending) state.long.push(keep(e));
      state.observer?.disconnect();
      return { frames: state.frames, long: state.long, marks: state.marks, ms: performance.now() - state.t0 };
    },
  };
})();
`;

interface PlanStep {
  label: string;
  at: number;
  top: number | null;
  speed: number;
}

export interface LongEntry {
  type: string;
  start: number;
  duration: number;
  blocking: number | null;
  scripts: { duration: number; invoker: string; fn: string; url: string; at: number }[];
}

export interface Mark {
  label: string;
  at: number;
}

export interface Recording {
  frames: number[];
  long: LongEntry[];
  marks: Mark[];
  ms: number;
}

/** Steady scrolling at reading and flinging paces, then big jumps (25 %, 50 %, 75 %, the end, the top), each followed by steady scrolling. */
export function scrollPlan(scrollHeight: number): PlanStep[] {
  const plan: PlanStep[] = [
    { label: 'steady 1,200 px/s', at: 0, top: 0, speed: 1_200 }, // ~33 rows/s
    { label: 'steady 4,000 px/s', at: 2_000, top: null, speed: 4_000 }, // a brisk wheel: ~110 rows/s
  ];
  let at = 4_000;
  for (const share of [0.25, 0.5, 0.75, 1, 0]) {
    plan.push({
      label: `jump to ${share * 100} %`,
      at,
      top: Math.round(share * scrollHeight),
      speed: share === 1 ? -1_200 : 1_200,
    });
    at += 1_000;
  }
  plan.push({ label: 'scripted end', at, top: null, speed: 0 });
  return plan;
}

/** Wheel notches from outside the page (compositor-driven scrolling, like a mouse), at a steady pace. */
export async function wheelScroll(
  page: Page,
  notches: number,
  deltaY: number,
  everyMs: number,
  target = 'table[aria-label^="Logs of"]',
): Promise<void> {
  const box = await page.locator(target).first().boundingBox();
  if (!box) throw new Error('no table on screen');
  await page.mouse.move(box.x + 200, box.y + 300);
  const start = performance.now();
  for (let i = 0; i < notches; i += 1) {
    await page.mouse.wheel(0, deltaY);
    const wait = start + (i + 1) * everyMs - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}

/**
 * rAF deltas snapped to whole vsync intervals (the median delta, 16.7 ms at 60 Hz): Chrome coarsens its clocks, so an
 * on-time frame reads 16.5–16.8 ms; a frame that missed one vsync reads 33.3 ms.
 */
export function vsyncFrames(frames: readonly number[]): { interval: number; snapped: number[] } {
  const median = percentile(frames, 0.5);
  const interval = Math.abs(median - 1000 / 60) < 0.5 ? 1000 / 60 : median;
  return { interval, snapped: frames.map((f) => Math.max(1, Math.round(f / interval)) * interval) };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

export async function heapAfterGcMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

async function waitForBigResult(page: Page): Promise<void> {
  await page.waitForFunction(
    (rows) =>
      document.querySelector('table[aria-label^="Logs of"]')?.getAttribute('aria-rowcount') ===
        String(rows + 1) &&
      document.querySelector('tr[data-log-key]') !== null &&
      document.querySelector('div[aria-busy="true"]') === null,
    BIG_RESULT,
    { timeout: 30_000 },
  );
}

export interface ScrollRun {
  filterChanges: number[];
  frames: number[];
  long: LongEntry[];
  /** Where each phase of the scroll started (page clock), to place the long entries. */
  marks: Mark[];
  heapMb: number;
  scrolledMs: number;
  /** Entry types the browser reports (both are expected in Chromium). */
  observed: string[];
  profile?: unknown;
  /** With `trace`: the renderer main thread's tasks, wall time against CPU time. */
  traced?: TracedTasks;
}

export interface ScrollBenchOptions {
  /** The built SPA; default the bench's own build (test-results/dist). */
  distDir?: string;
  /** Measured runs (default 3); the figures are their medians. */
  runs?: number;
  /** One more run, traced, for the CPU time of the long tasks (default true); its figures are apart. */
  tracedRun?: boolean;
  /** Record a CPU profile (CDP Profiler) of the scroll of each run, returned in `runs`. */
  profile?: boolean;
  /** Trace the scroll (Chromium tracing) and count main-thread tasks over 50 ms by wall time and by CPU time. */
  trace?: boolean;
  /** With `trace`: also write the raw trace there (open it in Chrome DevTools' Performance panel). */
  traceFile?: string;
  /** Per-run hard limit; the bench stops itself. */
  runTimeoutMs?: number;
}

async function oneRun(browser: Browser, url: string, options: ScrollBenchOptions): Promise<ScrollRun> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    timezoneId: 'Asia/Kolkata',
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.addInitScript({ content: recorder });
    await page.goto(`${url}/logs?source=${SOURCE}`);
    await waitForBigResult(page);
    const cdp = await context.newCDPSession(page);
    await heapAfterGcMb(cdp); // settle, then measure from a quiet page

    if (options.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    if (options.trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const observed = (await page.evaluate('window.__scrollBench.record()')) as string[];
    const scrollHeight = (await page.evaluate('window.__scrollBench.scrollHeight()')) as number;
    const plan = scrollPlan(scrollHeight);
    await page.evaluate(`window.__scrollBench.scripted(${JSON.stringify(plan)}, 15000)`);
    await page.evaluate("window.__scrollBench.mark('wheel 120 px / 50 ms')");
    await wheelScroll(page, 60, 120, 50); // 3 s of a mouse wheel, ~70 rows/s
    await page.evaluate("window.__scrollBench.mark('wheel end')");
    await page.waitForTimeout(500); // the pages asked for during the last notches arrive and paint
    const recording = (await page.evaluate('window.__scrollBench.stop()')) as Recording;
    const profile = options.profile ? (await cdp.send('Profiler.stop')).profile : undefined;
    const trace = options.trace ? await browser.stopTracing() : undefined;
    if (trace && options.traceFile) writeFileSync(options.traceFile, trace);
    const traced = trace ? tracedTasks(trace) : undefined;

    const heapMb = await heapAfterGcMb(cdp);

    // Back at the top of the 200,000 rows: to WhatsApp and back to every channel, each a filter change.
    await page.evaluate(
      'document.querySelector(\'table[aria-label^="Logs of"]\').parentElement.scrollTop = 0',
    );
    await waitForBigResult(page);
    const filterChanges = [await filterChangeMs(page, 'whatsapp'), await filterChangeMs(page, '')];
    await waitForBigResult(page);

    return {
      filterChanges,
      frames: recording.frames,
      long: recording.long,
      marks: recording.marks,
      heapMb,
      scrolledMs: recording.ms,
      observed,
      ...(profile ? { profile } : {}),
      ...(traced ? { traced } : {}),
    };
  } finally {
    await context.close();
  }
}

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface TracedTasks {
  /** Tasks over 50 ms of wall time, with the CPU time (thread time) each got. */
  long: { wallMs: number; cpuMs: number | null }[];
  /** The most CPU time any one task took, and the 99th percentile. */
  maxCpuMs: number;
  p99CpuMs: number;
  /** Main-thread CPU time over the wall time of the traced scroll, in %. */
  cpuShare: number;
  tasks: number;
}

/** Top-level tasks (`RunTask`) of the renderer main thread (`CrRendererMain`): wall time against CPU time. */
export function tracedTasks(trace: Buffer): TracedTasks {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const cpu = tasks.map((e) => (e.tdur ?? 0) / 1000);
  const start = Math.min(...tasks.map((e) => e.ts));
  const end = Math.max(...tasks.map((e) => e.ts + (e.dur ?? 0)));
  return {
    long: tasks
      .filter((e) => (e.dur ?? 0) > 50_000)
      .map((e) => ({ wallMs: (e.dur ?? 0) / 1000, cpuMs: e.tdur === undefined ? null : e.tdur / 1000 })),
    maxCpuMs: Math.max(0, ...cpu),
    p99CpuMs: percentile(cpu, 0.99),
    cpuShare: (100 * cpu.reduce((a, b) => a + b, 0)) / Math.max(1, (end - start) / 1000),
    tasks: tasks.length,
  };
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms: stopped`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface ScrollBenchResult {
  figures: BenchFigure[];
  runs: ScrollRun[];
  tracedRun?: ScrollRun;
  /** 1-minute load averages of the machine, before and after. */
  load: [number, number];
}

export async function measureScroll(options: ScrollBenchOptions = {}): Promise<ScrollBenchResult> {
  const runs = options.runs ?? 3;
  const server = await startProductionServer({
    port: 0,
    host: '127.0.0.1',
    env: { SWITCHBOARD_SANDBOX_NOW: String(SANDBOX_NOW) },
    cwd: mkdtempSync(join(tmpdir(), 'switchboard-')), // no switchboard.config.json there: the sandbox alone
    distDir: options.distDir ?? E2E_DIST,
    build: false,
    logger: { info: () => {}, warn: (message) => console.warn(message) }, // no access log between the figures
    startSandbox: (o) => startSandbox({ ...o, timepayCount: BIG_RESULT }),
  });
  const loadBefore = loadavg()[0] ?? NaN;
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const limit = options.runTimeoutMs ?? 90_000;
    const results: ScrollRun[] = [];
    for (let i = 0; i < runs; i += 1)
      results.push(await withTimeout(oneRun(browser, server.url, options), limit, 'a scroll run'));
    const traced =
      options.tracedRun === false
        ? undefined
        : await withTimeout(
            oneRun(browser, server.url, { ...options, trace: true }),
            limit,
            'the traced run',
          );
    const load: [number, number] = [loadBefore, loadavg()[0] ?? NaN];
    const figures = [...figuresOf(results), ...(traced?.traced ? tracedFigures(traced.traced) : [])];
    figures.push(
      { name: '200,000 rows: machine load before (1-min average, 2 cores)', value: load[0], unit: '' },
      { name: '200,000 rows: machine load after (1-min average, 2 cores)', value: load[1], unit: '' },
    );
    return { figures, runs: results, load, ...(traced ? { tracedRun: traced } : {}) };
  } finally {
    await browser?.close();
    await server.close();
  }
}

function tracedFigures(traced: TracedTasks): BenchFigure[] {
  const rows = '200,000 rows, traced run';
  return [
    { name: `${rows}: main-thread tasks over 50 ms of wall time`, value: traced.long.length, unit: 'tasks' },
    {
      name: `${rows}: of those, over 50 ms of CPU (the rest waited for a core)`,
      value: traced.long.filter((t) => (t.cpuMs ?? Infinity) > 50).length,
      unit: 'tasks',
    },
    { name: `${rows}: most CPU time in one main-thread task`, value: traced.maxCpuMs, unit: 'ms' },
    { name: `${rows}: p99 CPU time of a main-thread task`, value: traced.p99CpuMs, unit: 'ms' },
    { name: `${rows}: main-thread CPU share while scrolling`, value: traced.cpuShare, unit: '%' },
  ];
}

export function figuresOf(runs: readonly ScrollRun[]): BenchFigure[] {
  const n = runs.length;
  const change = median(runs.flatMap((r) => r.filterChanges));
  const longTasks = median(runs.map((r) => r.long.filter((e) => e.type === 'longtask').length));
  const longFrames = median(runs.map((r) => r.long.filter((e) => e.type === 'long-animation-frame').length));
  const longest = median(runs.map((r) => Math.max(0, ...r.long.map((e) => e.duration))));
  const snapped = runs.map((r) => vsyncFrames(r.frames));
  const p95 = median(snapped.map((f) => percentile(f.snapped, 0.95)));
  const interval = median(snapped.map((f) => f.interval));
  const missed = median(
    snapped.map((f) => (100 * f.snapped.filter((d) => d > f.interval).length) / f.snapped.length),
  );
  const rawP95 = median(runs.map((r) => percentile(r.frames, 0.95)));
  const heap = median(runs.map((r) => r.heapMb));
  const observed = runs.every(
    (r) => r.observed.includes('longtask') && r.observed.includes('long-animation-frame'),
  );
  const rows = '200,000 rows';
  return [
    {
      name: `${rows}: filter change to new rows (median of ${n * 2}, both ways)`,
      value: change,
      unit: 'ms',
      bar: '≤ 200 ms',
      pass: change <= 200,
    },
    {
      name: `${rows}: main-thread tasks over 50 ms while scrolling (median of ${n})`,
      value: longTasks,
      unit: 'tasks',
      bar: 'none',
      pass: observed && longTasks === 0,
    },
    {
      name: `${rows}: animation frames over 50 ms while scrolling (median of ${n})`,
      value: longFrames,
      unit: 'frames',
      bar: 'none',
      pass: observed && longFrames === 0,
    },
    { name: `${rows}: longest of those (median of ${n})`, value: longest, unit: 'ms' },
    {
      name: `${rows}: p95 frame while scrolling, in vsync intervals of ${interval.toFixed(1)} ms (median of ${n})`,
      value: p95,
      unit: 'ms',
      bar: '≤ 16.7 ms',
      pass: p95 <= 16.7,
    },
    {
      name: `${rows}: p95 frame while scrolling, raw rAF deltas (median of ${n})`,
      value: rawP95,
      unit: 'ms',
    },
    {
      name: `${rows}: frames that missed a vsync while scrolling (median of ${n})`,
      value: missed,
      unit: '%',
    },
    { name: `${rows}: page JS heap after GC, after scrolling (median of ${n})`, value: heap, unit: 'MB' },
  ];
}

/** Each long task / long animation frame of a run, placed in its scroll phase, with the scripts LoAF blames. */
export function describeLongEntries(run: ScrollRun): string[] {
  return [...run.long]
    .sort((a, b) => a.start - b.start)
    .map((entry) => {
      const phase = [...run.marks].reverse().find((m) => m.at <= entry.start);
      const where = phase
        ? `${phase.label} +${(entry.start - phase.at).toFixed(0)} ms`
        : 'start of recording';
      const scripts = entry.scripts
        .map(
          (s) =>
            `${s.invoker} ${s.fn || '(anonymous)'} ${s.url.split('/').pop()}:${s.at} ${s.duration.toFixed(0)} ms`,
        )
        .join('; ');
      return `  ${entry.type} ${entry.duration.toFixed(0)} ms during ${where}${scripts ? ` — ${scripts}` : ''}`;
    });
}

/** Where the long entries fell (scroll phase) and which scripts LoAF blamed, over all runs, most first. */
export function summarizeLongEntries(runs: readonly ScrollRun[], top = 6): string[] {
  const phases = new Map<string, number>();
  const scripts = new Map<string, { count: number; ms: number }>();
  for (const run of runs)
    for (const entry of run.long) {
      const phase = [...run.marks].reverse().find((m) => m.at <= entry.start)?.label ?? 'start of recording';
      phases.set(phase, (phases.get(phase) ?? 0) + 1);
      for (const s of entry.scripts) {
        const key = `${s.invoker} ${s.fn || '(anonymous)'} ${s.url.split('/').pop()}:${s.at}`;
        const seen = scripts.get(key) ?? { count: 0, ms: 0 };
        scripts.set(key, { count: seen.count + 1, ms: seen.ms + s.duration });
      }
    }
  return [
    `  by phase: ${[...phases].map(([p, n]) => `${p} ${n}`).join(', ') || 'none'}`,
    ...[...scripts]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, top)
      .map(([key, { count, ms }]) => `  ${ms.toFixed(0)} ms in ${count} long frames: ${key}`),
  ];
}

/** AG Grid's medians (`ag-grid-bench.ts`), or null when its run failed (its cells then read n/a). */
export interface AgGridPeer {
  p95: number;
  longFrames: number;
  heapMb: number;
}

/** Puts AG Grid's figures beside ours: p95 frame, animation frames over 50 ms, heap after GC. */
export function attachAgGridPeers(
  figures: BenchFigure[],
  peer: AgGridPeer | null,
  runs: number,
): BenchFigure[] {
  const n = `AG Grid Community, same rows and scroll (median of ${runs})`;
  const beside: Array<[RegExp, number | undefined, string]> = [
    [/p95 frame while scrolling, in vsync/, peer?.p95, 'ms'],
    [/animation frames over 50 ms while scrolling/, peer?.longFrames, 'frames'],
    [/page JS heap after GC/, peer?.heapMb, 'MB'],
  ];
  return figures.map((f) => {
    const match = beside.find(([pattern]) => pattern.test(f.name));
    return match ? { ...f, peer: { name: n, value: match[1] ?? NaN, unit: match[2] } } : f;
  });
}

async function withAgGridPeers(figures: BenchFigure[], runs: number): Promise<BenchFigure[]> {
  const { measureAgGrid } = await import('./ag-grid-bench.ts');
  const peer = await measureAgGrid({ runs }).catch((error: unknown) => {
    console.error(error);
    return null;
  });
  return attachAgGridPeers(figures, peer, runs);
}

/** For `npm run bench`: the figures, and where any long task fell; a run that fails or hangs is one failed figure. */
export async function benchScroll(): Promise<BenchFigure[]> {
  try {
    const { figures, runs } = await measureScroll();
    if (runs.some((r) => r.long.length > 0))
      console.error(
        `200,000 rows: long entries while scrolling, all runs\n${summarizeLongEntries(runs).join('\n')}`,
      );
    return await withAgGridPeers(figures, runs.length);
  } catch (error) {
    console.error(error);
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [{ name: `200,000 rows: the bench failed (${message})`, value: NaN, unit: '', pass: false }];
  }
}
