import { Field, controlClass } from '../../components/field.tsx';
import type { SourceInfo } from '../../logs/source.ts';

export function SourcePicker({
  sources,
  value,
  onChange,
}: {
  sources: readonly SourceInfo[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <Field label="Source">
      {({ id }) => (
        <select
          id={id}
          className={`${controlClass} max-w-56`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
