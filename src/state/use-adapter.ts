import { useQuery } from '@tanstack/react-query';
import type { ProviderId } from '../logs/log-entry.ts';
import { loadAdapter, loadedAdapter } from '../providers/registry.ts';

/** The adapter of the selected source's provider, once its chunk has loaded (null until then). */
export function useAdapter(provider: ProviderId | null) {
  return useQuery({
    queryKey: ['adapter', provider] as const,
    queryFn: () => loadAdapter(provider!),
    initialData: () => (provider === null ? undefined : (loadedAdapter(provider) ?? undefined)),
    enabled: provider !== null,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
