import { useState } from 'react';
import { Field, controlClass } from '../../components/field.tsx';

export interface TextFilterProps {
  label: string;
  value: string | null;
  placeholder?: string;
  note?: string | null;
  disabled?: boolean;
  inputMode?: 'numeric';
  /** Marks the input that `/` focuses. */
  searchTarget?: boolean;
  onCommit: (value: string | null) => void;
}

/** A text filter applied on Enter or when focus leaves, so typing does not fire a request per key. */
export function TextFilter({
  label,
  value,
  placeholder,
  note,
  disabled,
  searchTarget,
  inputMode,
  onCommit,
}: TextFilterProps) {
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The URL changed under us (back button, reset): show its value.
    setShown(value);
    setDraft(value ?? '');
  }
  const commit = () => {
    const next = draft.trim() || null;
    if (next !== value) onCommit(next);
  };
  return (
    <Field label={label} note={note}>
      {({ id, describedBy }) => (
        <input
          id={id}
          type="search"
          className={`${controlClass} w-40`}
          value={draft}
          placeholder={placeholder}
          inputMode={inputMode}
          disabled={disabled}
          aria-describedby={describedBy}
          data-search-target={searchTarget ? '' : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') event.currentTarget.blur();
          }}
        />
      )}
    </Field>
  );
}
