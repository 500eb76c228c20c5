import { useQueries } from '@tanstack/react-query';
import { optionsQueryOptions, useExtraFilterOptions } from '../../api/options.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { PickerOption, ProviderAdapter } from '../../providers/adapter.ts';
import type { FilterSpec } from './filter-model.ts';

export interface SpecOptions {
  options: readonly PickerOption[];
  loading: boolean;
  /** The provider's list could not be loaded. */
  failed: boolean;
}

/** A filter's choices: the provider's own list once loaded, else the values it documents. */
export function useSpecOptions(source: SourceInfo, adapter: ProviderAdapter, spec: FilterSpec): SpecOptions {
  const from = spec.optionSource;
  // Hooks run whatever the spec (rules of hooks): the common list as zero or one query, so no disabled
  // observer shares a real list's key; the extra list disabled under a key no list has.
  const lists: Array<ReturnType<typeof optionsQueryOptions>> =
    from.from === 'common' ? [optionsQueryOptions(source, adapter, from.kind)] : [];
  const common = useQueries({ queries: lists })[0];
  const extra = useExtraFilterOptions(
    source,
    from.from === 'extra' ? from.name : '',
    from.from === 'extra' ? from.list : undefined,
  );
  const fetched = from.from === 'common' ? common : from.from === 'extra' ? extra : undefined;
  return {
    options: fetched?.data ?? spec.choices,
    loading: fetched?.isLoading ?? false,
    failed: fetched?.isError ?? false,
  };
}
