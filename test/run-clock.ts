/**
 * One "now" per test run, shared by every sandbox and every browser page the tests start.
 *
 * The global setup picks it once (noon UTC of the run's day, moved by SWITCHBOARD_TEST_CLOCK_SHIFT) and hands
 * it to the test workers in SWITCHBOARD_TEST_NOW; a script run outside vitest (bench, load) picks its own the
 * same way. Noon UTC keeps the time of day the tests were written for, whatever hour the run starts.
 */
const DAY = 86_400_000;

/** `+1y`, `-1y`, `+30d`, `-12h` or empty: how far the run's clock is moved from the real one. */
export function parseClockShift(text: string | undefined): number {
  if (!text) return 0;
  const m = /^([+-])(\d+)([ydh])$/.exec(text.trim());
  if (!m) throw new Error(`SWITCHBOARD_TEST_CLOCK_SHIFT: expected +1y, -1y, +30d or -12h, got "${text}"`);
  const unit = m[3] === 'y' ? 365 * DAY : m[3] === 'd' ? DAY : DAY / 24;
  return (m[1] === '-' ? -1 : 1) * Number(m[2]) * unit;
}

/** Noon UTC of the (shifted) day `realNow` falls on. */
export function pickRunNow(realNow: number, shift: string | undefined): number {
  const moved = realNow + parseClockShift(shift);
  return Math.floor(moved / DAY) * DAY + DAY / 2;
}

function readRunNow(): number {
  const given = process.env.SWITCHBOARD_TEST_NOW;
  if (given) return Number(given);
  return pickRunNow(Date.now(), process.env.SWITCHBOARD_TEST_CLOCK_SHIFT);
}

/** The run's now, in epoch milliseconds. */
export const RUN_NOW: number = readRunNow();
