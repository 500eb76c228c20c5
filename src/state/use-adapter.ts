import { useQueries, useQuery } from '@tanstack/react-query';
import type { ProviderId } from '../logs/log-entry.ts';
import type { ProviderAdapter } from '../providers/adapter.ts';
import { loadAdapter, loadedAdapter } from '../providers/registry.ts';

const adapterQuery = (provider: ProviderId | null) => ({
  queryKey: ['adapter', provider] as const,
  queryFn: () => loadAdapter(provider!),
  initialData: () => (provider === null ? undefined : (loadedAdapter(provider) ?? undefined)),
  enabled: provider !== null,
  staleTime: Infinity,
  gcTime: Infinity,
});

/** The adapter of the selected source's provider, once its chunk has loaded (null until then). */
export function useAdapter(provider: ProviderId | null) {
  return useQuery(adapterQuery(provider));
}

/**
 * The adapters of several providers (a merged view's members), loaded in parallel: `adapters` once every
 * one has arrived (null until then), and the first load that failed, if any.
 */
export function useAdapters(providers: readonly ProviderId[]): {
  adapters: ProviderAdapter[] | null;
  error: Error | null;
} {
  return useQueries({
    queries: providers.map((p) => adapterQuery(p)),
    combine: (results) => ({
      adapters: results.every((r) => r.data) ? results.map((r) => r.data!) : null,
      error: results.find((r) => r.error)?.error ?? null,
    }),
  });
}
