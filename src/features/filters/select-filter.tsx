import { controlClass } from '../../components/field.tsx';
import type { PickerOption } from '../../providers/adapter.ts';
import { FilterField, type FieldNote } from './filter-field.tsx';

export interface SelectFilterProps {
  label: string;
  value: string | null;
  options: readonly PickerOption[];
  anyLabel?: string;
  note?: FieldNote | null;
  disabled?: boolean;
  loading?: boolean;
  className?: string;
  onChange: (value: string | null) => void;
}

/** A single choice among a few fixed values; a value from the URL that is not among them is kept and shown as such. */
export function SelectFilter({
  label,
  value,
  options,
  anyLabel = 'Any',
  note,
  disabled,
  loading,
  className = 'w-36',
  onChange,
}: SelectFilterProps) {
  const known = value === null || options.some((o) => o.value === value);
  return (
    <FilterField label={label} note={note} className={className}>
      {({ id, describedBy }) => (
        <select
          id={id}
          className={`${controlClass} w-full`}
          value={value ?? ''}
          disabled={disabled}
          aria-describedby={describedBy}
          aria-busy={loading || undefined}
          onChange={(event) => onChange(event.target.value || null)}
        >
          <option value="">{loading ? 'Loading…' : anyLabel}</option>
          {!known && value ? <option value={value}>{value} (not in list)</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value} title={option.description}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FilterField>
  );
}
