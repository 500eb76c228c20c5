import { useId, type ReactNode } from 'react';

export interface FieldProps {
  label: string;
  /** Shown under the control and linked to it: why it is inactive, or a hint. */
  note?: string | null;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}

/** A labelled form control with an optional note tied to it for screen readers. */
export function Field({ label, note, children }: FieldProps) {
  const id = useId();
  const noteId = `${id}-note`;
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <label htmlFor={id} className="text-xs font-medium text-slate-600 dark:text-slate-300">
        {label}
      </label>
      {children({ id, describedBy: note ? noteId : undefined })}
      {note ? (
        <p id={noteId} className="max-w-48 text-xs text-amber-700 dark:text-amber-300">
          {note}
        </p>
      ) : null}
    </div>
  );
}

export const controlClass =
  'h-8 rounded border border-slate-300 bg-white px-2 text-sm text-slate-900 focus:outline-2 focus:outline-teal-600 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
