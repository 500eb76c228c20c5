import type { LogQuery, ResolvedQuery } from '../../logs/log-query.ts';
import { selectSources } from '../../logs/merge.ts';
import type { ProviderId } from '../../logs/log-entry.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { pinnedQuery } from '../../logs/pinned-query.ts';
import { parseSearchParams, resolveQuery } from '../../logs/url-codec.ts';
import { splitMembers } from '../../providers/left-out.ts';
import { listPlan, sourceUrl } from '../../providers/list-plan.ts';
import { loadAdapter } from '../../providers/registry.ts';

/** Two clocks and zones far apart: a query that resolves the same under both depends on neither. */
const CLOCKS = [
  { now: 0, zone: 'UTC' },
  { now: 4_102_444_800_000, zone: 'Pacific/Kiritimati' },
] as const;

/**
 * The query as adapters receive it when read at `now`, or null when it holds a relative time (the browser's
 * clock and zone decide). Only the open upper bound depends on `now`: the page hands it to the browser.
 */
function clockFree(query: LogQuery, now: number): ResolvedQuery | null {
  const [a, b] = CLOCKS.map((clock) => ({ ...resolveQuery(query, clock.now, clock.zone), asOfMs: null }));
  return JSON.stringify(a) === JSON.stringify(b) ? resolveQuery(query, now, 'UTC') : null;
}

/**
 * What `/logs?<search>` shows first, as the browser will ask for it: the providers of the view's sources
 * and the proxy URL of page 1 of each (the table's request, byte for byte: the same codec, source pick
 * and request builder). A relative time or bad params leave out what cannot be known; never throws.
 */
export async function logsFirstScreen(
  search: URLSearchParams,
  sources: readonly SourceInfo[],
  now: number,
): Promise<{ providers: ProviderId[]; pageOne: string[] }> {
  const { query } = parseSearchParams(search);
  const { members } = selectSources(sources, query.sources);
  const providers = [...new Set(members.map((m) => m.provider))];
  const resolved = clockFree(query, now);
  if (!resolved) return { providers, pageOne: [] };
  // A merged view asks its members in their native order (LogsPage): no sort.
  const asked = members.length > 1 && resolved.sort !== null ? { ...resolved, sort: null } : resolved;
  const loaded = await Promise.all(
    members.map(async (source) => ({ source, adapter: await loadAdapter(source.provider) })),
  );
  // A merged view leaves out the sources that cannot apply its filters (LogsPage): no page 1 for them.
  const answering = loaded.length > 1 ? splitMembers(loaded, asked).included : loaded;
  const pageOne: string[] = [];
  for (const { source, adapter } of answering) {
    const plan = listPlan(source, adapter, pinnedQuery(asked), 1, null);
    if (plan.kind === 'request') pageOne.push(sourceUrl(source.id, plan.request));
  }
  return { providers, pageOne };
}
