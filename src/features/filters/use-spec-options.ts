import { useExtraFilterOptions, usePickerOptions } from '../../api/options.ts';
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
  // Both hooks always run (rules of hooks); the one that does not apply is disabled and asks nothing.
  const common = usePickerOptions(
    source,
    from.from === 'common' ? adapter : null,
    from.from === 'common' ? from.kind : 'status',
  );
  const extra = useExtraFilterOptions(
    source,
    from.from === 'extra' ? from.name : '',
    from.from === 'extra' ? from.list : undefined,
  );
  const fetched = from.from === 'common' ? common : from.from === 'extra' ? extra : null;
  return {
    options: fetched?.data ?? spec.choices,
    loading: fetched?.isLoading ?? false,
    failed: fetched?.isError ?? false,
  };
}
