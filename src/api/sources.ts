import { queryOptions, useQuery } from '@tanstack/react-query';
import { INLINED_SOURCES_ID, sourceListSchema, type SourceInfo } from '../logs/source.ts';
import { getJson } from './http.ts';

async function fetchSources(signal: AbortSignal): Promise<SourceInfo[]> {
  return sourceListSchema.parse(await getJson('/api/sources', { signal }));
}

export const sourcesQueryOptions = () =>
  queryOptions({ queryKey: ['sources'], queryFn: ({ signal }) => fetchSources(signal), staleTime: Infinity });

/** The list the server inlined into the page (inert JSON), or null: then it is fetched as usual. */
export function inlinedSources(doc: Document): SourceInfo[] | null {
  const text = doc.getElementById(INLINED_SOURCES_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed = sourceListSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function useSources() {
  return useQuery(sourcesQueryOptions());
}
