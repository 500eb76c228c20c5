import { queryOptions, useQuery } from '@tanstack/react-query';
import { sourceListSchema, type SourceInfo } from '../logs/source.ts';
import { getJson } from './http.ts';

async function fetchSources(signal: AbortSignal): Promise<SourceInfo[]> {
  return sourceListSchema.parse(await getJson('/api/sources', { signal }));
}

export const sourcesQueryOptions = () =>
  queryOptions({ queryKey: ['sources'], queryFn: ({ signal }) => fetchSources(signal), staleTime: Infinity });

export function useSources() {
  return useQuery(sourcesQueryOptions());
}
