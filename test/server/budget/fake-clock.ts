import type { Clock } from '../../../src/server/budget/clock.ts';

interface Timer {
  at: number;
  fn: () => void;
}

/** Lets pending promise chains (token takes, grants) run. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A clock whose time moves only when told, firing due timers in order and letting promises settle between. */
export function fakeClock(start = 0): Clock & { advance(ms: number): Promise<void> } {
  let now = start;
  const timers = new Set<Timer>();
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const timer = { at: now + Math.max(0, ms), fn };
      timers.add(timer);
      return timer;
    },
    clearTimeout(handle) {
      timers.delete(handle as Timer);
    },
    async advance(ms) {
      const end = now + ms;
      await settle();
      for (;;) {
        const due = [...timers].filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers.delete(due);
        now = due.at;
        due.fn();
        await settle();
      }
      now = end;
      await settle();
    },
  };
}
