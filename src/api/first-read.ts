import { INLINED_NOW_ID } from '../logs/source.ts';

/** Farther apart than this, the server's clock and the browser's disagree: the browser keeps its own. */
const MAX_SKEW_MS = 5 * 60_000;

let taken = false;

/**
 * The instant the server planned this page's first result at (inlined with the page), handed out once: the
 * first query of the page pins its open upper bound there, so page 1 goes out byte for byte as the server
 * preloaded it. Later queries (a new filter, Refresh) read the browser's clock.
 */
export function takeServerNow(doc: Document | undefined, clientNow: number): number | null {
  if (taken || doc === undefined) return null;
  taken = true;
  const inlined = Number(doc.getElementById(INLINED_NOW_ID)?.textContent ?? NaN);
  return Number.isFinite(inlined) && Math.abs(inlined - clientNow) <= MAX_SKEW_MS ? inlined : null;
}
