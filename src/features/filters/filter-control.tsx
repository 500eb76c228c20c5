import { useEffect, useState } from 'react';
import { Combobox } from '../../components/combobox.tsx';
import type { SourceInfo } from '../../logs/source.ts';
import type { ProviderAdapter } from '../../providers/adapter.ts';
import type { QueryUpdate } from '../../state/use-log-query.ts';
import { FilterField, type FieldNote } from './filter-field.tsx';
import { shownValues, type FilterSpec } from './filter-model.ts';
import { SelectFilter } from './select-filter.tsx';
import { TextFilter } from './text-filter.tsx';
import { useSpecOptions } from './use-spec-options.ts';

export interface FilterControlProps {
  source: SourceInfo;
  adapter: ProviderAdapter;
  spec: FilterSpec;
  /** Why the source does not apply what the URL holds for this filter (from `adapter.unapplied`), or null. */
  unappliedReason: string | null;
  /** The provider's rejection of this filter's value (its words), or null. */
  error: string | null;
  onChange: (update: QueryUpdate) => void;
}

const widths = { select: 'w-32', combo: 'w-40', text: 'w-36', number: 'w-28' } as const;

/** One filter bound to the URL: the control its spec asks for, with why it is inactive behind an ⓘ. */
export function FilterControl({
  source,
  adapter,
  spec,
  unappliedReason,
  error,
  onChange,
}: FilterControlProps) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    // Ask the provider once typing pauses, not per key.
    const timer = window.setTimeout(() => setSearch(typed), 250);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const { options, loading, failed } = useSpecOptions(source, adapter, spec, search);
  const values = shownValues(spec);
  const invalid = values.map((v) => spec.validate?.(v) ?? null).find((p) => p !== null) ?? null;
  const note: FieldNote | null =
    error !== null
      ? { error }
      : (spec.unsupported ??
        unappliedReason ??
        invalid ??
        (failed
          ? `Could not load the ${spec.label.toLowerCase()} list; values typed in the link still apply`
          : null));
  const disabled = spec.unsupported !== null;
  const write = (next: string[]) => onChange((q) => spec.write(q, next));
  const width = spec.param === 'q' ? 'w-44' : widths[spec.control];

  if (spec.control === 'select') {
    return (
      <SelectFilter
        label={spec.label}
        value={values[0] ?? null}
        options={options}
        anyLabel={spec.param === 'channel' ? 'All channels' : 'Any'}
        loading={loading}
        note={note}
        disabled={disabled}
        className={width}
        onChange={(v) => write(v === null ? [] : [v])}
      />
    );
  }
  if (spec.control === 'combo') {
    return (
      <FilterField label={spec.label} note={note} className={width}>
        {({ id, describedBy }) => (
          <Combobox
            id={id}
            label={spec.label}
            options={options}
            selected={values}
            multiple={spec.multiple}
            loading={loading}
            disabled={disabled}
            describedBy={describedBy}
            onChange={write}
            onSearch={setTyped}
          />
        )}
      </FilterField>
    );
  }
  return (
    <TextFilter
      label={spec.label}
      value={values[0] ?? null}
      placeholder={spec.placeholder}
      inputMode={spec.control === 'number' ? 'numeric' : undefined}
      searchTarget={spec.searchTarget}
      note={note}
      disabled={disabled}
      className={width}
      onCommit={(v) => write(v === null ? [] : [v])}
    />
  );
}
