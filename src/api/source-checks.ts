import { queryOptions } from '@tanstack/react-query';
import { getJson } from './http.ts';

export type CheckStatus = 'pass' | 'warn' | 'fail';
export interface SourceCheckResult {
  source: string;
  ok: boolean;
  checks: Array<{ name: string; status: CheckStatus; message: string }>;
}

/** `GET /api/sources/:id/check`: a live, read-only probe of one source (a handful of provider requests). */
export const sourceCheckQueryOptions = (sourceId: string) =>
  queryOptions({
    queryKey: ['source-check', sourceId] as const,
    queryFn: async ({ signal }) =>
      (await getJson(`/api/sources/${encodeURIComponent(sourceId)}/check`, { signal })) as SourceCheckResult,
    staleTime: 60_000,
    retry: false,
  });
