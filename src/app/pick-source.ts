import { selectSources } from '../logs/merge.ts';
import type { SourceInfo } from '../logs/source.ts';
import type { UrlProblem } from '../logs/url-codec.ts';

/**
 * The sources of the view (`source=all`: every one; repeated `source=`: those, in URL order), the first of
 * them (what single-source code shows), whether they are merged, and the ids of `source=` that name none.
 */
export function pickSource(
  sources: readonly SourceInfo[],
  wanted: readonly string[],
): { source: SourceInfo | null; members: SourceInfo[]; merged: boolean; problems: UrlProblem[] } {
  const { members, unknown } = selectSources(sources, wanted);
  const problems: UrlProblem[] = unknown.map((id) => ({
    param: 'source',
    value: id,
    // The same words whether it does not exist or this user may not see it: nothing about it is revealed.
    reason: 'no source with this id is configured, or you may not see it',
  }));
  return { source: members[0] ?? null, members, merged: members.length > 1, problems };
}

/** Why `sort=` is not honoured in a merged view. */
export const MERGED_SORT =
  'several sources are merged newest first by start time; they are not sorted otherwise';
