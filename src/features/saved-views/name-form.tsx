import { useId, useState, type FormEvent } from 'react';
import { controlClass } from '../../components/field.tsx';
import { MAX_VIEW_NAME } from '../../state/use-saved-views.ts';

export const buttonClass =
  'h-8 rounded border border-slate-300 px-3 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

export interface NameFormProps {
  label: string;
  submitLabel: string;
  initial?: string;
  /** Whether another view already has this name (saving onto it asks first). */
  taken: (name: string) => boolean;
  /** False when the browser would not store it. */
  onSubmit: (name: string) => boolean;
  onCancel?: () => void;
}

/** A view's name: never empty, and a name already in use is replaced only once the person says so. */
export function NameForm({ label, submitLabel, initial = '', taken, onSubmit, onCancel }: NameFormProps) {
  const id = useId();
  const [name, setName] = useState(initial);
  const [asking, setAsking] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const commit = (value: string) => {
    setAsking(null);
    if (onSubmit(value)) {
      setName('');
      setError(null);
    } else setError('This browser would not store the view (storage full or disabled).');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = name.trim();
    if (value === '') return setError('Give the view a name.');
    if (taken(value)) return setAsking(value);
    commit(value);
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-xs font-medium text-slate-600 dark:text-slate-300">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          value={name}
          maxLength={MAX_VIEW_NAME}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setAsking(null);
            setError(null);
          }}
          onKeyDown={(e) => {
            // Esc cancels a rename instead of closing the whole list.
            if (e.key === 'Escape' && onCancel) {
              e.preventDefault();
              onCancel();
            }
          }}
          aria-invalid={error !== null}
          aria-describedby={error || asking ? `${id}-msg` : undefined}
          className={`${controlClass} min-w-0 flex-1`}
          autoFocus={initial !== ''}
        />
        <button type="submit" className={buttonClass}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} className={buttonClass}>
            Cancel
          </button>
        ) : null}
      </div>
      <div id={`${id}-msg`} role="status" className="text-xs">
        {error ? <p className="text-red-700 dark:text-red-300">{error}</p> : null}
        {asking ? (
          <p className="flex flex-wrap items-center gap-2 text-amber-800 dark:text-amber-200">
            A view named “{asking}” exists. Replace it?
            <button type="button" className={buttonClass} onClick={() => commit(asking)}>
              Replace
            </button>
            <button type="button" className={buttonClass} onClick={() => setAsking(null)}>
              Keep it
            </button>
          </p>
        ) : null}
      </div>
    </form>
  );
}
