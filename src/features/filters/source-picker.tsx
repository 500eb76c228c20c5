import { Field, controlClass } from '../../components/field.tsx';
import type { SourceInfo } from '../../logs/source.ts';
import { useLogQuery } from '../../state/use-log-query.ts';

const SEVERAL = '__several';

/**
 * Which source the page shows: one, several (merged), or All. The select switches to one source or to All
 * (`onChange`: the page resets what belongs to a source); the checkboxes under "Several" pick any set, kept
 * in `source=` and merged newest first.
 */
export function SourcePicker({
  sources,
  value,
  onChange,
}: {
  sources: readonly SourceInfo[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { query, update } = useLogQuery();
  const wanted = query.sources.filter((id) => id === 'all' || sources.some((s) => s.id === id));
  const all = wanted.includes('all') || (sources.length > 1 && wanted.length === sources.length);
  const chosen = all ? sources.map((s) => s.id) : wanted.length > 0 ? wanted : [value];
  const several = !all && chosen.length > 1;
  const shown = all ? 'all' : several ? SEVERAL : value;
  const setChosen = (ids: string[]) =>
    update((q) => ({
      ...q,
      sources: ids.length === sources.length ? ['all'] : ids,
      // Columns and sort belong to a view of its own: the merged view shows its own.
      columns: null,
      sort: null,
      log: null,
    }));
  return (
    <div className="flex items-end gap-1">
      <Field label="Source">
        {({ id }) => (
          <select
            id={id}
            className={`${controlClass} max-w-56`}
            value={shown}
            onChange={(event) => onChange(event.target.value)}
          >
            {sources.length > 1 ? <option value="all">All sources (merged)</option> : null}
            {several ? (
              <option value={SEVERAL} disabled>
                {chosen.length} sources (merged)
              </option>
            ) : null}
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {sources.length > 1 ? (
        <details className="relative">
          <summary className="flex h-8 cursor-pointer list-none items-center rounded border border-slate-300 px-2 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
            Several…
          </summary>
          <fieldset className="absolute top-9 left-0 z-40 flex w-64 flex-col gap-1 rounded border border-slate-300 bg-white p-3 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900">
            <legend className="sr-only">Sources to merge</legend>
            {sources.map((s) => (
              <label key={s.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={chosen.includes(s.id)}
                  // The last one stays: a view always has a source.
                  disabled={chosen.length === 1 && chosen[0] === s.id}
                  onChange={(event) =>
                    setChosen(
                      event.target.checked
                        ? sources.map((x) => x.id).filter((id) => id === s.id || chosen.includes(id))
                        : chosen.filter((id) => id !== s.id),
                    )
                  }
                />
                {s.label}
              </label>
            ))}
          </fieldset>
        </details>
      ) : null}
    </div>
  );
}
