import { useQueries } from '@tanstack/react-query';
import { optionsQueryOptions } from '../../api/options.ts';
import type { LogQuery, ResolvedQuery } from '../../logs/log-query.ts';
import type { QueryUpdate } from '../../state/use-log-query.ts';
import { FilterBar } from './filter-bar.tsx';
import { FilterControl } from './filter-control.tsx';
import { rangePairs, type FilterSpec } from './filter-model.ts';
import {
  mergedFilterSpecs,
  mergedUnapplied,
  unappliedByAll,
  unionOptions,
  type PanelMember,
} from './merged-specs.ts';
import { RangeFilter } from './range-filter.tsx';
import { TimeRangeFilter } from './time-range-filter.tsx';
import { UnavailableFilters } from './unavailable-filters.tsx';

export interface MergedFilterPanelProps {
  members: readonly PanelMember[];
  query: LogQuery;
  resolved: ResolvedQuery;
  zone: string;
  errors?: ReadonlyMap<string, string>;
  /** The members in the result, whose unapplied filters are noted at each control (default: all). */
  answering?: readonly PanelMember[];
  onChange: (update: QueryUpdate) => void;
}

/**
 * The filters of a merged view (`source=all`): every common filter once, applied by the members that can
 * and marked "not applied by <source>" for the others; pickers list every member's values (labelled by
 * source where they differ); provider-only filters only where one member alone has them.
 */
export function MergedFilterPanel({
  members,
  query,
  resolved,
  zone,
  errors = new Map(),
  answering = members,
  onChange,
}: MergedFilterPanelProps) {
  const { specs: merged, hidden } = mergedFilterSpecs(members, query);
  // Sources left out of the result are named once above the table, not at every control.
  const unapplied = mergedUnapplied(answering, resolved);
  // Every applying member's own list of a picker's values (the same cached queries the single view uses).
  const lists = merged.flatMap((m) =>
    m.perMember.flatMap(({ member, spec }) =>
      spec.optionSource.from === 'common'
        ? [
            {
              param: spec.param,
              member,
              options: optionsQueryOptions(member.source, member.adapter, spec.optionSource.kind),
            },
          ]
        : [],
    ),
  );
  const fetched = useQueries({ queries: lists.map((l) => l.options) });
  const specs: FilterSpec[] = merged.map(({ spec, perMember }) => {
    if (spec.param.startsWith('x.')) return spec;
    const choices = unionOptions(
      perMember.map(({ member, spec: own }) => {
        const i = lists.findIndex((l) => l.param === own.param && l.member === member);
        return {
          sourceLabel: member.source.label,
          options: (i >= 0 ? fetched[i]?.data : undefined) ?? own.choices,
        };
      }),
    );
    return { ...spec, choices };
  });
  const ownerOf = new Map(merged.map((m) => [m.spec.param, m.owner]));
  const first = members[0]!;
  const pairs = rangePairs(specs);
  const paired = new Set([...pairs.values()].map((s) => s.param));
  const shown: FilterSpec[] = [];
  const own: FilterSpec[] = [];
  const missing: FilterSpec[] = [];
  for (const spec of specs) {
    if (spec.unsupported !== null && spec.values.length === 0) missing.push(spec);
    else if (paired.has(spec.param)) continue;
    // Provider-only filters fold under one disclosure (open by itself when the link uses one).
    else if (spec.param.startsWith('x.')) own.push(spec);
    else shown.push(spec);
  }
  const ownInUse = own.some(
    (spec) => spec.values.length > 0 || (pairs.get(spec.param)?.values.length ?? 0) > 0,
  );
  const control = (spec: FilterSpec) => {
    const max = pairs.get(spec.param);
    const owner = ownerOf.get(spec.param) ?? first;
    return max ? (
      <RangeFilter
        key={spec.param}
        min={spec}
        max={max}
        unappliedReason={unapplied.get(spec.param) ?? unapplied.get(max.param) ?? null}
        error={errors.get(spec.param) ?? errors.get(max.param) ?? null}
        onChange={onChange}
      />
    ) : (
      <FilterControl
        key={spec.param}
        source={owner.source}
        adapter={owner.adapter}
        spec={spec}
        unappliedReason={unapplied.get(spec.param) ?? null}
        error={errors.get(spec.param) ?? null}
        onChange={onChange}
      />
    );
  };
  const timeError = errors.get('since') ?? errors.get('until') ?? null;
  const timeReason = unapplied.get('since') ?? unapplied.get('until') ?? null;

  return (
    <div className="flex flex-col gap-2">
      <form
        aria-label="Filters"
        className="flex flex-wrap items-end gap-x-3 gap-y-2"
        onSubmit={(event) => event.preventDefault()}
      >
        <TimeRangeFilter
          since={query.since}
          until={query.until}
          sinceMs={resolved.sinceMs}
          untilMs={resolved.untilMs}
          zone={zone}
          note={timeError !== null ? { error: timeError } : timeReason}
          onChange={(range) => onChange(range)}
        />
        {shown.map(control)}
        <UnavailableFilters specs={missing} sourceLabel="any of the merged sources" />
        {own.length > 0 ? (
          <details open={ownInUse} className="basis-full">
            <summary className="cursor-pointer text-xs text-slate-600 dark:text-slate-300">
              Filters only one source has ({own.length}): each applies to its source alone
            </summary>
            <div className="mt-1 flex flex-wrap items-end gap-x-3 gap-y-2">{own.map(control)}</div>
          </details>
        ) : null}
      </form>
      {hidden.length > 0 ? (
        <p className="text-xs text-slate-500 dark:text-slate-400" data-testid="hidden-provider-filters">
          Provider-only filters that several merged sources have (
          {hidden.map((h) => `${h.label}: ${h.sources.join(', ')}`).join('; ')}) are hidden here: open one
          source to use them.
        </p>
      ) : null}
      <FilterBar
        source={{ ...first.source, label: 'the merged sources' }}
        adapter={first.adapter}
        query={query}
        specs={specs}
        sinceMs={resolved.sinceMs}
        untilMs={resolved.untilMs}
        zone={zone}
        unapplied={unappliedByAll(answering, resolved, unapplied)}
        onChange={onChange}
      />
    </div>
  );
}
