import { useState } from 'react';
import { controlClass } from '../../components/field.tsx';
import { FilterField, type FieldNote } from './filter-field.tsx';

export interface TextFilterProps {
  label: string;
  value: string | null;
  placeholder?: string | undefined;
  note?: FieldNote | null;
  disabled?: boolean;
  inputMode?: 'numeric' | undefined;
  /** Marks the input that `/` focuses. */
  searchTarget?: boolean | undefined;
  className?: string;
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
  className = 'w-40',
  onCommit,
}: TextFilterProps) {
  return (
    <FilterField label={label} note={note} className={className}>
      {({ id, describedBy }) => (
        <DraftInput
          id={id}
          value={value}
          placeholder={placeholder}
          inputMode={inputMode}
          disabled={disabled}
          describedBy={describedBy}
          searchTarget={searchTarget}
          className={`${controlClass} w-full`}
          onCommit={onCommit}
        />
      )}
    </FilterField>
  );
}

export interface DraftInputProps {
  id?: string;
  value: string | null;
  placeholder?: string | undefined;
  inputMode?: 'numeric' | undefined;
  disabled?: boolean | undefined;
  describedBy?: string | undefined;
  ariaLabel?: string;
  searchTarget?: boolean | undefined;
  className: string;
  onCommit: (value: string | null) => void;
}

/** An input that keeps its draft while typed and commits it on Enter or blur; follows the URL otherwise. */
export function DraftInput({
  id,
  value,
  placeholder,
  inputMode,
  disabled,
  describedBy,
  ariaLabel,
  searchTarget,
  className,
  onCommit,
}: DraftInputProps) {
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The URL changed under us (back button, reset, a chip removed): show its value.
    setShown(value);
    setDraft(value ?? '');
  }
  const commit = () => {
    const next = draft.trim() || null;
    if (next !== value) onCommit(next);
  };
  return (
    <input
      id={id}
      type="search"
      className={className}
      value={draft}
      placeholder={placeholder}
      inputMode={inputMode}
      disabled={disabled}
      aria-label={ariaLabel}
      aria-describedby={describedBy}
      data-search-target={searchTarget ? '' : undefined}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') event.currentTarget.blur();
      }}
    />
  );
}
