import { useExtraFilterOptions } from '../../api/options.ts';
import type { LogQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ExtraFilter } from '../../providers/adapter.ts';
import type { QueryUpdate } from '../../state/use-log-query.ts';
import { SelectFilter } from './select-filter.tsx';
import { TextFilter } from './text-filter.tsx';

export interface ExtraFiltersProps {
  source: SourceInfo;
  filters: readonly ExtraFilter[];
  extra: LogQuery['extra'];
  onChange: (update: QueryUpdate) => void;
}

/** The filters only this provider has (`x.<name>` in the URL), shown while its source is selected. */
export function ExtraFilters({ source, filters, extra, onChange }: ExtraFiltersProps) {
  const set = (name: string, value: string | null) =>
    onChange((q) => {
      const next = { ...q.extra };
      if (value === null) delete next[name];
      else next[name] = [value];
      return { ...q, extra: next };
    });
  return (
    <>
      {filters.map((filter) => (
        <ExtraFilterControl
          key={filter.name}
          source={source}
          filter={filter}
          values={extra[filter.name] ?? []}
          onChange={(value) => set(filter.name, value)}
        />
      ))}
    </>
  );
}

function ExtraFilterControl({
  source,
  filter,
  values,
  onChange,
}: {
  source: SourceInfo;
  filter: ExtraFilter;
  values: readonly string[];
  onChange: (value: string | null) => void;
}) {
  const fetched = useExtraFilterOptions(source, filter.name, filter.options);
  // Several values in the URL: the single-choice control shows none; "Inactive filters" lists them if unapplied.
  const value = values.length === 1 ? (values[0] ?? null) : null;
  const invalid = value !== null && filter.validate ? filter.validate(value) : null;
  if (filter.input === 'select') {
    return (
      <SelectFilter
        label={filter.label}
        value={value}
        options={fetched.data ?? filter.values ?? []}
        loading={fetched.isLoading}
        note={invalid ?? (fetched.isError ? `Could not load the ${filter.label.toLowerCase()} list` : null)}
        onChange={onChange}
      />
    );
  }
  return (
    <TextFilter
      label={filter.label}
      value={value}
      placeholder={filter.placeholder}
      inputMode={filter.input === 'number' ? 'numeric' : undefined}
      note={invalid}
      onCommit={onChange}
    />
  );
}
