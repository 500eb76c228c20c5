import { OTHER_SWATCH, swatchOf, UNSPLIT_SWATCH } from './palette.ts';
import type { Bar, Segment } from './use-volume.ts';

export interface LegendProps {
  segments: readonly Segment[];
  bars: readonly Bar[];
  /** Sources that cannot split the bars, and why (their logs are drawn as "Not split"). */
  notes: readonly string[];
}

/** What each color of the bars stands for; "Other" and "Not split" only when some bar has them. */
export function Legend({ segments, bars, notes }: LegendProps) {
  const items = segments.map((s, i) => ({ key: s.key, label: s.label, swatch: swatchOf(i) }));
  if (bars.some((b) => b.other > 0)) items.push({ key: '\u0000other', label: 'Other', swatch: OTHER_SWATCH });
  if (bars.some((b) => b.unsplit > 0))
    items.push({ key: '\u0000unsplit', label: 'Not split', swatch: UNSPLIT_SWATCH });
  return (
    <div className="mt-1 text-xs">
      <ul aria-label="Legend" className="flex flex-wrap gap-x-3 gap-y-1">
        {items.map((item) => (
          <li key={item.key} className="flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block size-2.5 rounded-sm ${item.swatch}`} />
            {item.label}
          </li>
        ))}
      </ul>
      {notes.map((note) => (
        <p key={note} className="mt-1 text-amber-800 dark:text-amber-300">
          Not split — {note}
        </p>
      ))}
    </div>
  );
}
