import type { LogQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ProviderAdapter } from '../../providers/adapter.ts';
import type { QueryUpdate } from '../../state/use-log-query.ts';
import type { FilterSpec } from './filter-model.ts';
import { describeRange } from './time-presets.ts';
import { useSpecOptions } from './use-spec-options.ts';

export interface FilterChipsProps {
  source: SourceInfo;
  adapter: ProviderAdapter;
  query: LogQuery;
  specs: readonly FilterSpec[];
  sinceMs: number | null;
  untilMs: number | null;
  zone: string;
  /** URL parameter (`status`, `x.list_id`, `since`) → why the source does not apply it. */
  unapplied: ReadonlyMap<string, string>;
  onChange: (update: QueryUpdate) => void;
  /** The list's accessible name. */
  listLabel?: string;
}

interface ChipProps {
  name: string;
  value: string;
  /** Why it is not applied; the chip is drawn dashed and says so. */
  inactive?: string | undefined;
  title?: string | undefined;
  onRemove: () => void;
}

/** One active value: a button that removes it. */
function Chip({ name, value, inactive, title, onRemove }: ChipProps) {
  const tone = inactive
    ? 'border-dashed border-amber-500 text-amber-900 dark:text-amber-100'
    : 'border-teal-300 bg-teal-50 text-teal-900 dark:border-teal-800 dark:bg-teal-950 dark:text-teal-100';
  return (
    <li>
      <button
        type="button"
        onClick={onRemove}
        title={inactive ? `Not applied: ${inactive}` : (title ?? 'Remove this filter')}
        className={`group inline-flex h-6 max-w-96 items-center gap-1 rounded-full border pr-1.5 pl-2 text-xs hover:border-slate-500 focus:outline-2 focus:outline-teal-600 ${tone}`}
      >
        <span className="sr-only">Remove </span>
        <span className="shrink-0 text-slate-500 dark:text-slate-400">{name}:</span>{' '}
        <span className={`truncate font-medium ${inactive ? 'line-through decoration-amber-500/70' : ''}`}>
          {value}
        </span>
        {inactive ? <span className="sr-only"> (not applied: {inactive})</span> : null}
        <svg
          viewBox="0 0 16 16"
          aria-hidden="true"
          className="h-3 w-3 shrink-0 fill-current opacity-60 group-hover:opacity-100"
        >
          <path d="M4.3 4.3a.75.75 0 0 1 1.06 0L8 6.94l2.64-2.64a.75.75 0 1 1 1.06 1.06L9.06 8l2.64 2.64a.75.75 0 1 1-1.06 1.06L8 9.06l-2.64 2.64a.75.75 0 0 1-1.06-1.06L6.94 8 4.3 5.36a.75.75 0 0 1 0-1.06z" />
        </svg>
      </button>
    </li>
  );
}

/** The chips of one filter, one per value, labelled from the provider's list where it has one. */
function SpecChips({
  source,
  adapter,
  spec,
  inactive,
  onChange,
}: {
  source: SourceInfo;
  adapter: ProviderAdapter;
  spec: FilterSpec;
  inactive: string | undefined;
  onChange: (update: QueryUpdate) => void;
}) {
  const { options } = useSpecOptions(source, adapter, spec);
  return (
    <>
      {spec.values.map((value) => (
        <Chip
          key={value}
          name={spec.label}
          value={options.find((o) => o.value === value)?.label ?? value}
          inactive={inactive ?? spec.unsupported ?? spec.validate?.(value) ?? undefined}
          onRemove={() =>
            onChange((q) =>
              spec.write(
                q,
                spec.values.filter((v) => v !== value),
              ),
            )
          }
        />
      ))}
    </>
  );
}

/** Every active filter value as a removable chip (the time range as one, with its instants on hover). */
export function FilterChips({
  source,
  adapter,
  query,
  specs,
  sinceMs,
  untilMs,
  zone,
  unapplied,
  onChange,
  listLabel = 'Active filters',
}: FilterChipsProps) {
  const known = new Set(specs.map((s) => s.param));
  const strays = Object.entries(query.extra).filter(([name]) => !known.has(`x.${name}`));
  const range = describeRange(query.since, query.until, sinceMs, untilMs, zone);
  const timeInactive = unapplied.get('since') ?? unapplied.get('until');
  return (
    <ul aria-label={listLabel} className="flex min-w-0 flex-wrap items-center gap-1.5">
      {query.since !== null || query.until !== null ? (
        <Chip
          name="Time"
          value={range.label}
          title={range.title}
          inactive={timeInactive}
          onRemove={() => onChange({ since: null, until: null })}
        />
      ) : null}
      {specs
        .filter((spec) => spec.values.length > 0)
        .map((spec) => (
          <SpecChips
            key={spec.param}
            source={source}
            adapter={adapter}
            spec={spec}
            inactive={unapplied.get(spec.param)}
            onChange={onChange}
          />
        ))}
      {strays.flatMap(([name, values]) =>
        values.map((value) => (
          <Chip
            key={`${name}=${value}`}
            name={`x.${name}`}
            value={value}
            inactive={unapplied.get(`x.${name}`) ?? `${source.label} has no such filter`}
            onRemove={() =>
              onChange((q) => {
                const extra = { ...q.extra };
                const rest = (extra[name] ?? []).filter((v) => v !== value);
                if (rest.length === 0) delete extra[name];
                else extra[name] = rest;
                return { ...q, extra };
              })
            }
          />
        )),
      )}
    </ul>
  );
}
