import { describe, expect, it } from 'vitest';
import { Pacer, type PacerClock } from '../../src/api/pacer.ts';

/** A clock that moves only when the pacer sleeps: pacing checked to the millisecond, on any machine. */
function fakeClock(start = 1_000): PacerClock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

describe('Pacer', () => {
  it('lets N requests go at once, then one per freed slot of the window', async () => {
    const clock = fakeClock();
    const pacer = new Pacer({ requests: 3, perMs: 600 }, clock);
    const starts: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      await pacer.turn(new AbortController().signal);
      starts.push(clock.now() - 1_000);
    }
    expect(starts).toEqual([0, 0, 0, 600, 600, 600, 1200, 1200, 1200, 1800]);
  });

  it('does not wait when the window has already passed', async () => {
    const clock = fakeClock();
    const pacer = new Pacer({ requests: 2, perMs: 1_000 }, clock);
    const signal = new AbortController().signal;
    await pacer.turn(signal);
    await pacer.turn(signal);
    await clock.sleep(5_000, signal);
    await pacer.turn(signal);
    expect(clock.slept).toEqual([5_000]);
  });

  it('waits again when a timer fires before the window has passed', async () => {
    let now = 0;
    const early: PacerClock = {
      now: () => now,
      // A timer that fires one millisecond early, as wall-clock timers may.
      sleep: async (ms) => void (now += Math.max(1, ms - 1)),
    };
    const pacer = new Pacer({ requests: 1, perMs: 100 }, early);
    const signal = new AbortController().signal;
    await pacer.turn(signal);
    await pacer.turn(signal);
    expect(now).toBe(100);
  });

  it('gives up its wait when the signal aborts', async () => {
    const pacer = new Pacer({ requests: 1, perMs: 60_000 });
    const controller = new AbortController();
    await pacer.turn(controller.signal);
    const waiting = pacer.turn(controller.signal);
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(waiting).rejects.toThrow('stop');
  });
});
