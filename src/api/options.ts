import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SourceInfo } from '../logs/source.ts';
import type { OptionList, PickerOption, ProviderAdapter } from '../providers/adapter.ts';
import { getJson, sourceUrl } from './http.ts';

export type OptionKind = keyof ProviderAdapter['options'];

async function fetchOptions(source: SourceInfo, list: OptionList, search: string, signal: AbortSignal) {
  return list.parse(
    await getJson(sourceUrl(source.id, list.request(search)), { signal, sourceId: source.id }),
  );
}

export const optionsQueryOptions = (
  source: SourceInfo,
  adapter: ProviderAdapter,
  kind: OptionKind,
  search = '',
) =>
  queryOptions({
    queryKey: ['options', source.id, kind, search] as const,
    queryFn: ({ signal }): Promise<PickerOption[]> => {
      const list = adapter.options[kind];
      return list ? fetchOptions(source, list, search, signal) : Promise.resolve([]);
    },
    staleTime: 5 * 60_000,
  });

/** Choices of a provider-only filter (`x.<name>`) from the provider's own list. */
export function useExtraFilterOptions(source: SourceInfo, name: string, list: OptionList | undefined) {
  return useQuery({
    queryKey: ['options', source.id, `x.${name}`, ''] as const,
    queryFn: ({ signal }): Promise<PickerOption[]> =>
      list ? fetchOptions(source, list, '', signal) : Promise.resolve([]),
    staleTime: 5 * 60_000,
    enabled: list !== undefined,
  });
}
