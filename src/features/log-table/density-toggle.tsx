import type { Density } from '../../state/use-density.ts';

const CHOICES: ReadonlyArray<[Density, string]> = [
  ['compact', 'Compact'],
  ['comfortable', 'Comfortable'],
];

/** Row height: compact or comfortable, kept in this browser. */
export function DensityToggle({ value, onChange }: { value: Density; onChange: (d: Density) => void }) {
  return (
    <div
      role="group"
      aria-label="Row density"
      className="flex rounded border border-slate-300 dark:border-slate-600"
    >
      {CHOICES.map(([density, label]) => (
        <button
          key={density}
          type="button"
          aria-pressed={value === density}
          onClick={() => onChange(density)}
          className={`h-7 px-2 text-xs first:rounded-l last:rounded-r focus-visible:outline-2 focus-visible:outline-teal-600 ${value === density ? 'bg-slate-200 font-medium dark:bg-slate-700' : 'hover:bg-slate-100 dark:hover:bg-slate-800'}`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
