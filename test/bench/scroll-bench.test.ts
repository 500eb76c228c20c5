// The pure parts of the 200,000-row browser bench: how frames and traced tasks are counted.
import { describe, expect, it } from 'vitest';
import { tracedTasks, vsyncFrames } from './scroll-bench.ts';

describe('vsyncFrames', () => {
  it('reads on-time frames as one 60 Hz interval whatever the clock jitter, and a missed vsync as two', () => {
    const { interval, snapped } = vsyncFrames([16.6, 16.7, 16.8, 16.5, 33.3, 16.7, 50.1]);
    expect(interval).toBeCloseTo(1000 / 60, 6);
    expect(snapped.map((f) => Math.round(f / interval))).toEqual([1, 1, 1, 1, 2, 1, 3]);
    expect(snapped.filter((f) => f <= 16.7)).toHaveLength(5);
  });

  it('keeps another refresh rate as measured', () => {
    const { interval, snapped } = vsyncFrames([33.3, 33.4, 33.3, 33.3, 66.7]);
    expect(interval).toBeCloseTo(33.3, 6);
    expect(snapped.map((f) => Math.round(f / interval))).toEqual([1, 1, 1, 1, 2]);
  });
});

describe('tracedTasks', () => {
  const meta = (pid: number, tid: number, name: string) => ({
    name: 'thread_name',
    ph: 'M',
    ts: 0,
    pid,
    tid,
    args: { name },
  });
  const task = (pid: number, tid: number, ts: number, durMs: number, cpuMs: number) => ({
    name: 'RunTask',
    ph: 'X',
    ts,
    pid,
    tid,
    dur: durMs * 1000,
    tdur: cpuMs * 1000,
  });

  it('counts only the renderer main thread, long by wall time, with the CPU time each got', () => {
    const trace = {
      traceEvents: [
        meta(1, 10, 'CrRendererMain'),
        meta(1, 11, 'Compositor'),
        meta(2, 20, 'CrBrowserMain'),
        task(1, 10, 0, 80, 12), // waited for a core
        task(1, 10, 100_000, 60, 55), // really busy
        task(1, 10, 200_000, 10, 9),
        task(1, 11, 0, 500, 500), // compositor thread: not the main thread
        task(2, 20, 0, 900, 900), // browser process
        { name: 'FunctionCall', ph: 'X', ts: 0, pid: 1, tid: 10, dur: 90_000, tdur: 90_000 },
      ],
    };
    const result = tracedTasks(Buffer.from(JSON.stringify(trace)));
    expect(result.tasks).toBe(3);
    expect(result.long).toEqual([
      { wallMs: 80, cpuMs: 12 },
      { wallMs: 60, cpuMs: 55 },
    ]);
    expect(result.maxCpuMs).toBe(55);
    // 76 ms of CPU over the 210 ms from the first task's start to the last one's end.
    expect(result.cpuShare).toBeCloseTo((100 * 76) / 210, 6);
  });
});
