import { useId } from 'react';

export interface ToggleProps<T extends string> {
  legend: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
}

/** A labelled choice of one, as a radio group drawn as joined buttons. */
export function Toggle<T extends string>({ legend, value, options, onChange }: ToggleProps<T>) {
  const name = useId();
  return (
    <fieldset className="flex items-center gap-2">
      <legend className="float-left mr-2 text-slate-600 dark:text-slate-400">{legend}</legend>
      <div className="flex overflow-hidden rounded border border-slate-300 dark:border-slate-600">
        {options.map((o) => (
          <label
            key={o.value}
            className="cursor-pointer px-2 py-0.5 has-checked:bg-sky-700 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-sky-600 dark:has-checked:bg-sky-300 dark:has-checked:text-slate-950"
          >
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              className="sr-only"
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
