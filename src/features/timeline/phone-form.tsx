import { useState, type FormEvent } from 'react';
import { controlClass, Field } from '../../components/field.tsx';

export interface PhoneFormProps {
  /** What the field starts with ('' while masking: the digits stay hidden). */
  initial: string;
  onSubmit: (phone: string) => void;
}

/** "Customer phone" and a button: the way to a timeline when the URL has none (or a bad one). */
export function PhoneForm({ initial, onSubmit }: PhoneFormProps) {
  const [value, setValue] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim() !== '') onSubmit(value.trim());
  };
  return (
    <form role="search" aria-label="Customer" onSubmit={submit} className="flex flex-wrap items-end gap-2">
      <Field label="Customer phone">
        {({ id, describedBy }) => (
          <input
            id={id}
            aria-describedby={describedBy}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            placeholder="+91 98765 43210"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            className={`${controlClass} w-56`}
          />
        )}
      </Field>
      <button
        type="submit"
        className="h-8 rounded bg-teal-700 px-3 text-sm font-medium text-white hover:bg-teal-800"
      >
        Show timeline
      </button>
    </form>
  );
}
