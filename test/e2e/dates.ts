import { resolveTime } from '../../src/logs/time-expr.ts';
import { RUN_NOW } from '../run-clock.ts';

/** Instants the e2e tests put in URLs, all derived from the run's now (README.md): never a literal date. */
const HOUR = 3_600_000;
/** The zone of the e2e pages (`app.newPage`) and of timepay's sandbox source. */
const ZONE = 'Asia/Kolkata';

export const iso = (ms: number): string => new Date(ms).toISOString();

/** `hours` before the run's now, as a URL carries it (`2026-…T…Z`). */
export const hoursAgo = (hours: number): string => iso(RUN_NOW - hours * HOUR);

/** The start of the Kolkata day `daysAgo` days before the run's day. */
export function kolkataDayStart(daysAgo: number): number {
  const start = resolveTime(`now-${daysAgo}d/d`, RUN_NOW, ZONE);
  if (start === null) throw new Error(`cannot resolve ${daysAgo} days ago`);
  return start;
}

/** One whole Kolkata day (`daysAgo` 1 = yesterday) as `since` and `until` ISO instants, the end inclusive. */
export function kolkataDay(daysAgo: number): { since: string; until: string } {
  return { since: iso(kolkataDayStart(daysAgo)), until: iso(kolkataDayStart(daysAgo - 1) - 1) };
}

/** How the pages label a day in Kolkata ("Nov 09"). */
export const kolkataDayLabel = (ms: number): string =>
  new Intl.DateTimeFormat('en-US', { timeZone: ZONE, month: 'short', day: '2-digit' }).format(ms);
