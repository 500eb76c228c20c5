import type { VolumeData } from './use-volume.ts';

const count = new Intl.NumberFormat('en');
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

export interface BreakdownProps {
  /** What the rows are by, as words: "disposition", "status", "error code". */
  by: string;
  data: VolumeData['breakdown'];
  notes: readonly string[];
}

/** The result by disposition or status: the most frequent values as horizontal bars, then "Other". */
export function Breakdown({ by, data, notes }: BreakdownProps) {
  const rows = data ? [...data.rows] : [];
  if (data && data.other > 0)
    rows.push({ value: '\u0000other', label: `Other or no ${by}`, count: data.other });
  const max = Math.max(1, ...rows.map((r) => r.count));
  const name = `Logs by ${by}`;
  return (
    <section aria-label={name} className="w-full min-w-0 lg:w-80">
      <p className="text-xs text-slate-600 dark:text-slate-400">{name}</p>
      {data === null ? (
        notes.length > 0 ? null : (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Counting…</p>
        )
      ) : rows.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">No logs to break down.</p>
      ) : (
        <ol className="mt-1 space-y-1" data-testid="volume-breakdown">
          {rows.map((r) => (
            <li key={r.value} className="text-sm" data-value={r.value} data-count={r.count}>
              <div className="flex justify-between gap-2">
                <span className="truncate" title={r.label}>
                  {r.label}
                </span>
                <span className="shrink-0 tabular-nums">
                  {count.format(r.count)}
                  <span className="sr-only"> logs, </span>
                  <span className="ml-1 text-xs text-slate-600 dark:text-slate-400">
                    {percent.format(data.counted > 0 ? r.count / data.counted : 0)}
                  </span>
                </span>
              </div>
              <div aria-hidden="true" className="h-1.5 rounded bg-slate-100 dark:bg-slate-800">
                <div
                  className={`h-full rounded ${r.value === '\u0000other' ? 'bg-slate-400 dark:bg-slate-500' : 'bg-sky-600 dark:bg-sky-400'}`}
                  style={{ width: `${(r.count / max) * 100}%` }}
                />
              </div>
            </li>
          ))}
        </ol>
      )}
      {notes.map((note) => (
        <p key={note} className="mt-1 text-xs text-amber-800 dark:text-amber-300">
          Not broken down — {note}
        </p>
      ))}
    </section>
  );
}
