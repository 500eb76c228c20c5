import { useId, type ReactNode } from 'react';

/** What a field says beside its label: why it is inactive (a hint), or the provider's rejection of its value. */
export type FieldNote = string | { error: string };

export interface FilterFieldProps {
  label: string;
  /** Why the filter is inactive or its value not sent (ⓘ with a tooltip), or an error shown at once; tied to the control. */
  note?: FieldNote | null;
  /** Width of the field, so the panel keeps one rhythm. */
  className?: string;
  children: (ids: { id: string; labelId: string; describedBy: string | undefined }) => ReactNode;
}

/**
 * A labelled filter control of fixed height: a note never adds a line under the control (the panel would
 * grow ragged); it sits behind an amber ⓘ beside the label, shown on hover or focus, and is the control's
 * description for screen readers.
 */
export function FilterField({ label, note, className = 'w-40', children }: FilterFieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const error = typeof note === 'object' && note !== null ? note.error : null;
  const text = error ?? (typeof note === 'string' ? note : null);
  return (
    <div className={`group/field relative flex min-w-0 flex-col gap-0.5 ${className}`}>
      <div className="flex h-4 items-center gap-1">
        <label
          id={`${id}-label`}
          htmlFor={id}
          className="truncate text-xs font-medium text-slate-600 dark:text-slate-300"
        >
          {label}
        </label>
        {text ? (
          <span className="group/note relative inline-flex">
            <button
              type="button"
              aria-describedby={noteId}
              className={`inline-flex h-3.5 w-3.5 items-center justify-center rounded-full focus:outline-2 focus:outline-teal-600 ${error ? 'text-red-600 dark:text-red-400' : 'text-amber-600 dark:text-amber-300'}`}
            >
              <svg viewBox="0 0 16 16" aria-hidden="true" className="h-3.5 w-3.5 fill-current">
                <path d="M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zm0 5.25a.75.75 0 0 0-.75.75v3.5a.75.75 0 0 0 1.5 0V7.5A.75.75 0 0 0 8 6.75zM8 4a1 1 0 1 0 0 2 1 1 0 0 0 0-2z" />
              </svg>
              <span className="sr-only">{error ? 'Rejected' : 'Why?'}</span>
            </button>
            {/* A rejection shows at once, under the control: the user must see which filter to fix. */}
            <span
              id={noteId}
              role={error ? 'alert' : 'tooltip'}
              className={
                error
                  ? 'absolute top-[3.25rem] left-0 z-40 w-64 rounded border border-red-300 bg-red-50 px-2 py-1 text-xs font-normal text-red-900 shadow-md dark:border-red-800 dark:bg-red-950 dark:text-red-100'
                  : 'invisible absolute top-5 left-0 z-40 w-64 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs font-normal text-amber-900 shadow-md group-focus-within/note:visible group-hover/note:visible dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100'
              }
            >
              {text}
            </span>
          </span>
        ) : null}
      </div>
      {children({ id, labelId: `${id}-label`, describedBy: text ? noteId : undefined })}
    </div>
  );
}
