import { controlClass } from '../../components/field.tsx';
import type { QueryUpdate } from '../../state/use-log-query.ts';
import { FilterField } from './filter-field.tsx';
import { rangeLabel, shownValues, type FilterSpec } from './filter-model.ts';
import { DraftInput } from './text-filter.tsx';

export interface RangeFilterProps {
  min: FilterSpec;
  max: FilterSpec;
  /** Why the source does not apply either bound, or null. */
  unappliedReason: string | null;
  /** The provider's rejection of either bound, or null. */
  error: string | null;
  onChange: (update: QueryUpdate) => void;
}

/** A provider's `min_x`/`max_x` pair as one "x" range: two inputs under one label. */
export function RangeFilter({ min, max, unappliedReason, error, onChange }: RangeFilterProps) {
  const lo = shownValues(min)[0] ?? null;
  const hi = shownValues(max)[0] ?? null;
  const invalid =
    (lo === null ? null : (min.validate?.(lo) ?? null)) ??
    (hi === null ? null : (max.validate?.(hi) ?? null));
  const crossed =
    lo !== null && hi !== null && Number(lo) > Number(hi) ? 'The minimum is above the maximum' : null;
  const note = error !== null ? { error } : (unappliedReason ?? invalid ?? crossed);
  const input = `${controlClass} w-full min-w-0 px-1.5 text-right tabular-nums`;
  return (
    <FilterField label={rangeLabel(min.label)} note={note} className="w-36">
      {({ id, labelId, describedBy }) => (
        <div role="group" aria-labelledby={labelId} className="flex items-center gap-1">
          <DraftInput
            id={id}
            ariaLabel={min.label}
            value={lo}
            placeholder={min.placeholder ?? 'min'}
            inputMode="numeric"
            describedBy={describedBy}
            className={input}
            onCommit={(v) => onChange((q) => min.write(q, v === null ? [] : [v]))}
          />
          <span aria-hidden="true" className="text-slate-400">
            –
          </span>
          <DraftInput
            ariaLabel={max.label}
            value={hi}
            placeholder={max.placeholder ?? 'max'}
            inputMode="numeric"
            describedBy={describedBy}
            className={input}
            onCommit={(v) => onChange((q) => max.write(q, v === null ? [] : [v]))}
          />
        </div>
      )}
    </FilterField>
  );
}
