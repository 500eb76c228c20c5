import type { SourceInfo } from '../logs/source.ts';

/**
 * The sources a request may see, as the browser is told about them: an explicit pick of the public fields,
 * so no secret can slip out. The one place that decides, read by `GET /api/sources` and by the list the
 * dashboard page inlines; `maySee` is the asking user's access (team/).
 */
export function visibleSources(
  sources: readonly SourceInfo[],
  maySee: (sourceId: string) => boolean,
): SourceInfo[] {
  return sources.filter(({ id }) => maySee(id)).map(({ id, provider, label, timeZone, defaultCountry, sandbox }) => ({
    id,
    provider,
    label,
    timeZone,
    defaultCountry,
    sandbox,
  }));
}
