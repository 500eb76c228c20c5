import type { LogQuery, ResolvedQuery } from '../logs/log-query.ts';
import type { SourceInfo } from '../logs/source.ts';
import type { ProviderAdapter } from '../providers/adapter.ts';
import type { QueryUpdate } from '../state/use-log-query.ts';
import type { LeftOut } from '../providers/left-out.ts';

/** One source of the view with its loaded adapter. */
export interface ViewMember {
  source: SourceInfo;
  adapter: ProviderAdapter;
}

/** What every area of /logs works from once a source and its adapter are known. */
export interface LogsView {
  /** The first source of the view (the only one unless `merged`). */
  source: SourceInfo;
  adapter: ProviderAdapter;
  /**
   * The sources that answer, in `source=` order (one unless `merged`): in a merged view, those that can
   * apply every active filter (all with `unapplied=include`). May be empty when none can.
   */
  members: readonly ViewMember[];
  /** Every source `source=` selects, left out or not. */
  candidates: readonly ViewMember[];
  /** Sources of a merged view that cannot apply an active filter (left out unless `unapplied=include`). */
  skipping: readonly LeftOut<ViewMember>[];
  /** Several sources merged newest first (`source=all` or repeated `source=`). */
  merged: boolean;
  /** As the URL says. */
  query: LogQuery;
  /** With times resolved: what adapters receive. */
  resolved: ResolvedQuery;
  /** The display zone. */
  zone: string;
  update: (change: QueryUpdate, options?: { replace?: boolean }) => void;
}

/** `log=<source id>:<provider id>` → its parts. */
export function splitLogKey(key: string | null): { sourceId: string; id: string } | null {
  const at = key?.indexOf(':') ?? -1;
  return key && at > 0 ? { sourceId: key.slice(0, at), id: key.slice(at + 1) } : null;
}

/** Each source with its adapter (same order), or null until every adapter has loaded. */
export function viewMembers(
  sources: readonly SourceInfo[],
  adapters: readonly ProviderAdapter[] | null,
): ViewMember[] | null {
  if (adapters === null || adapters.length !== sources.length) return null;
  return sources.map((source, i) => ({ source, adapter: adapters[i]! }));
}
