import { Field, controlClass } from '../../components/field.tsx';
import type { PickerOption } from '../../providers/adapter.ts';

export interface SelectFilterProps {
  label: string;
  value: string | null;
  options: readonly PickerOption[];
  anyLabel?: string;
  note?: string | null;
  disabled?: boolean;
  loading?: boolean;
  onChange: (value: string | null) => void;
}

/** A single-choice filter; a value from the URL that is not among the options is kept and shown as such. */
export function SelectFilter({
  label,
  value,
  options,
  anyLabel = 'Any',
  note,
  disabled,
  loading,
  onChange,
}: SelectFilterProps) {
  const known = value === null || options.some((o) => o.value === value);
  return (
    <Field label={label} note={note}>
      {({ id, describedBy }) => (
        <select
          id={id}
          className={`${controlClass} max-w-48`}
          value={value ?? ''}
          disabled={disabled}
          aria-describedby={describedBy}
          aria-busy={loading || undefined}
          onChange={(event) => onChange(event.target.value || null)}
        >
          <option value="">{loading ? 'Loading…' : anyLabel}</option>
          {!known && value ? <option value={value}>{value}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value} title={option.description}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
