import { useMasking } from '../state/use-masking.ts';

/** Hides customers' phones, names and digits of free text everywhere, for screen sharing and training. */
export function MaskingToggle() {
  const [on, setOn] = useMasking();
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={() => setOn(!on)}
      title={on ? 'Personal data is masked: click to show it' : 'Mask phones, names and digits of text'}
      className={`flex h-8 items-center gap-1.5 self-end rounded border px-3 text-sm ${
        on
          ? 'border-amber-500 bg-amber-100 font-medium text-amber-950 hover:bg-amber-200 dark:border-amber-400 dark:bg-amber-900 dark:text-amber-50 dark:hover:bg-amber-800'
          : 'border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800'
      }`}
    >
      <span aria-hidden="true">{on ? '●' : '○'}</span>
      Mask personal data
      {on ? (
        // aria-pressed says it to assistive tech; the name stays "Mask personal data".
        <span
          aria-hidden="true"
          className="rounded bg-amber-700 px-1 text-xs text-white dark:bg-amber-300 dark:text-amber-950"
        >
          on
        </span>
      ) : null}
    </button>
  );
}
