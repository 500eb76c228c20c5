import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { LogQuery } from '../logs/log-query.ts';
import { parseSearchParams, serializeQuery } from '../logs/url-codec.ts';

export type QueryUpdate = Partial<LogQuery> | ((query: LogQuery) => LogQuery);

/** The URL is the state: the current `LogQuery`, what was dropped from the URL and why, and an updater. */
export function useLogQuery() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const { query, problems } = useMemo(() => parseSearchParams(new URLSearchParams(search)), [search]);

  const update = useCallback(
    (change: QueryUpdate, options: { replace?: boolean } = {}) => {
      setParams(
        (previous) => {
          const current = parseSearchParams(previous).query;
          const next = typeof change === 'function' ? change(current) : { ...current, ...change };
          return serializeQuery(next);
        },
        { replace: options.replace ?? false },
      );
    },
    [setParams],
  );

  return { query, problems, update };
}
