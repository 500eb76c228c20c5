import type { Neighbours } from './use-neighbours.ts';

const button =
  'rounded px-2 py-1 text-sm hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40 dark:hover:bg-slate-800';

/** Previous / next log of the current result, and where this one sits in it. */
export function StepControls({
  neighbours,
  onStep,
}: {
  neighbours: Neighbours;
  onStep: (key: string) => void;
}) {
  const { index, total, prev, next } = neighbours;
  const why = index === null ? 'This log is not among the loaded rows of the current result' : undefined;
  return (
    <>
      {index !== null && total !== null ? (
        <span className="mr-1 text-xs text-slate-500 tabular-nums dark:text-slate-400">
          {(index + 1).toLocaleString('en')} of {total.toLocaleString('en')}
        </span>
      ) : null}
      <button
        type="button"
        className={button}
        disabled={prev === null}
        title={why ?? 'Previous log (k)'}
        aria-label="Previous log"
        aria-keyshortcuts="k"
        onClick={() => prev && onStep(prev)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className={button}
        disabled={next === null}
        title={why ?? 'Next log (j)'}
        aria-label="Next log"
        aria-keyshortcuts="j"
        onClick={() => next && onStep(next)}
      >
        <span aria-hidden="true">↓</span>
      </button>
    </>
  );
}
