import { useMemo, useState } from 'react';
import type { LogQuery, ResolvedQuery } from '../logs/log-query.ts';
import { takeServerNow } from '../api/first-read.ts';
import { resolveQuery } from '../logs/url-codec.ts';

/** Reading the clock is the point here: a new filter means "now" is read again. */
const readClock = () => Date.now();

/**
 * The query with relative times (`now-24h`) resolved against a clock that is read when the filters change,
 * so every page of one result asks for the same window. `refresh` re-reads the clock.
 */
export function useResolvedQuery(
  query: LogQuery,
  zone: string,
): { resolved: ResolvedQuery; refresh: () => void } {
  const filterKey = JSON.stringify({ ...query, log: null, columns: null });
  const [anchor, setAnchor] = useState(() => {
    const clock = readClock();
    const now = takeServerNow(globalThis.document, clock) ?? clock;
    return { key: filterKey, zone, now };
  });
  let now = anchor.now;
  if (anchor.key !== filterKey || anchor.zone !== zone) {
    now = readClock();
    setAnchor({ key: filterKey, zone, now });
  }
  const resolved = useMemo(() => resolveQuery(query, now, zone), [filterKey, now, zone]); // eslint-disable-line react-hooks/exhaustive-deps
  return { resolved, refresh: () => setAnchor({ key: filterKey, zone, now: readClock() }) };
}
