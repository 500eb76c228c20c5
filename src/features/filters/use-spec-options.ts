import { useQueries } from '@tanstack/react-query';
import { optionsQueryOptions, useExtraFilterOptions } from '../../api/options.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { OptionList, PickerOption, ProviderAdapter } from '../../providers/adapter.ts';
import type { FilterSpec } from './filter-model.ts';

export interface SpecOptions {
  options: readonly PickerOption[];
  loading: boolean;
  /** The provider's list could not be loaded. */
  failed: boolean;
}

/** True when the provider's list endpoint takes a search term (the request changes with it). */
function searchable(list: OptionList | undefined): boolean {
  return list !== undefined && JSON.stringify(list.request('')) !== JSON.stringify(list.request('a'));
}

/**
 * A filter's choices: the provider's own list once loaded, else the values it documents. With `search`
 * (typed in the picker, debounced) and a list endpoint that searches, the provider's matches are added:
 * the first page of a long list does not hold them all.
 */
export function useSpecOptions(
  source: SourceInfo,
  adapter: ProviderAdapter,
  spec: FilterSpec,
  search = '',
): SpecOptions {
  const from = spec.optionSource;
  // Hooks run whatever the spec (rules of hooks): the common lists as zero, one or two queries, so no
  // disabled observer shares a real list's key; the extra list disabled under a key no list has.
  const lists: Array<ReturnType<typeof optionsQueryOptions>> = [];
  if (from.from === 'common') {
    lists.push(optionsQueryOptions(source, adapter, from.kind));
    if (search.trim() !== '' && searchable(adapter.options[from.kind]))
      lists.push(optionsQueryOptions(source, adapter, from.kind, search.trim()));
  }
  const [common, found] = useQueries({ queries: lists });
  const extra = useExtraFilterOptions(
    source,
    from.from === 'extra' ? from.name : '',
    from.from === 'extra' ? from.list : undefined,
  );
  const fetched = from.from === 'common' ? common : from.from === 'extra' ? extra : undefined;
  const base = fetched?.data ?? spec.choices;
  const more = found?.data?.filter((o) => !base.some((b) => b.value === o.value)) ?? [];
  return {
    options: more.length > 0 ? [...base, ...more] : base,
    loading: (fetched?.isLoading ?? false) || (found?.isFetching ?? false),
    failed: fetched?.isError ?? false,
  };
}
