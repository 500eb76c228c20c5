import { useId, type ReactNode } from 'react';

export interface FilterFieldProps {
  label: string;
  /** Why the filter is inactive or its value not sent: an icon with a tooltip, tied to the control. */
  note?: string | null;
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
        {note ? (
          <span className="group/note relative inline-flex">
            <button
              type="button"
              aria-describedby={noteId}
              className="inline-flex h-3.5 w-3.5 items-center justify-center rounded-full text-amber-600 focus:outline-2 focus:outline-teal-600 dark:text-amber-300"
            >
              <svg viewBox="0 0 16 16" aria-hidden="true" className="h-3.5 w-3.5 fill-current">
                <path d="M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zm0 5.25a.75.75 0 0 0-.75.75v3.5a.75.75 0 0 0 1.5 0V7.5A.75.75 0 0 0 8 6.75zM8 4a1 1 0 1 0 0 2 1 1 0 0 0 0-2z" />
              </svg>
              <span className="sr-only">Why?</span>
            </button>
            <span
              id={noteId}
              role="tooltip"
              className="invisible absolute top-5 left-0 z-40 w-64 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs font-normal text-amber-900 shadow-md group-focus-within/note:visible group-hover/note:visible dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
            >
              {note}
            </span>
          </span>
        ) : null}
      </div>
      {children({ id, labelId: `${id}-label`, describedBy: note ? noteId : undefined })}
    </div>
  );
}
