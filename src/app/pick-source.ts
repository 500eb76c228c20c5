import type { SourceInfo } from '../logs/source.ts';
import type { UrlProblem } from '../logs/url-codec.ts';

/** The source shown, and what of `source=` could not be honoured (unknown ids, several sources). */
export function pickSource(
  sources: readonly SourceInfo[],
  wanted: readonly string[],
): { source: SourceInfo | null; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const known = wanted.filter((id) => {
    if (id === 'all' || sources.some((s) => s.id === id)) return true;
    problems.push({ param: 'source', value: id, reason: 'no source with this id is configured' });
    return false;
  });
  const ids = known.includes('all') ? sources.map((s) => s.id) : known;
  const source = sources.find((s) => s.id === ids[0]) ?? sources[0] ?? null;
  if (ids.length > 1 && source) {
    problems.push({
      param: 'source',
      value: known.join(','),
      reason: `several sources in one view are not merged yet; showing ${source.label} only`,
    });
  }
  return { source, problems };
}
