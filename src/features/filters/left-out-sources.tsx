import type { LogQuery } from '../../logs/log-query.ts';
import type { QueryUpdate } from '../../state/use-log-query.ts';
import { barButton } from './filter-bar.tsx';
import type { SourceInfo } from '../../logs/source.ts';
import type { LeftOut } from '../../providers/left-out.ts';
import { leftOutClause } from './left-out.ts';

export interface LeftOutSourcesProps {
  skipping: readonly LeftOut<{ source: SourceInfo }>[];
  /** `unapplied=include`: the skipped sources are in the result, unfiltered by what they cannot apply. */
  included: boolean;
  /** No source of the view can apply the filters (nothing is left to show unless they are included). */
  none: boolean;
  onChange: (update: QueryUpdate) => void;
}

/**
 * DESIGN.md's merged-view rule on screen: one plain sentence naming the sources that cannot apply an active
 * filter, and one action — include them unfiltered (`unapplied=include`), or leave them out again.
 */
export function LeftOutSources({ skipping, included, none, onChange }: LeftOutSourcesProps) {
  if (skipping.length === 0) return null;
  const clause = leftOutClause(skipping);
  const one = skipping.length === 1;
  const reasons = skipping
    .flatMap(({ member, filters }) => filters.map((f) => `${member.source.label}: ${f.reason}`))
    .join('\n');
  const sentence = included
    ? `${clause}: ${one ? 'its' : 'their'} logs are included without that filter.`
    : none
      ? `${clause}, so no source can answer these filters.`
      : `${clause}, so ${one ? 'it is' : 'they are'} left out.`;
  return (
    <div
      role="status"
      aria-label="Sources left out"
      data-testid="left-out-sources"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p title={reasons}>{sentence}</p>
      <button
        type="button"
        className={barButton}
        onClick={() =>
          onChange((q: LogQuery) => {
            if (!included) return { ...q, unapplied: 'include' };
            const { unapplied: _choice, ...rest } = q;
            return rest;
          })
        }
      >
        {included ? `Leave ${one ? 'it' : 'them'} out` : `Include ${one ? 'it' : 'them'} unfiltered`}
      </button>
    </div>
  );
}
