import type { IncomingMessage } from 'node:http';
import type { SourceInfo } from '../logs/source.ts';

/**
 * The sources a request may see, as the browser is told about them: an explicit pick of the public fields,
 * so no secret can slip out. The one place that decides, read by `GET /api/sources` and by the list the
 * dashboard page inlines; per-user access filters here (`_req` carries who asks).
 */
export function visibleSources(sources: readonly SourceInfo[], _req: IncomingMessage): SourceInfo[] {
  return sources.map(({ id, provider, label, timeZone, defaultCountry, sandbox }) => ({
    id,
    provider,
    label,
    timeZone,
    defaultCountry,
    sandbox,
  }));
}
