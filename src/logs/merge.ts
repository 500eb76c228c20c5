import type { SourceInfo } from './source.ts';

/**
 * The k-way merge of the merged view (`source=all`): several sources' newest-first streams, each loaded
 * page by page, shown as one list newest first by start time.
 *
 * Ordering key. Each source's stream is read in the order the provider returns it. An entry's place is its
 * *effective time*: its start time, clamped to the running minimum of its source so far. So:
 * - a source that returns newest first (its documented order) is merged exactly by start time;
 * - an entry a provider returns out of order (newer than one before it) stays right after its predecessor
 *   from the same source instead of jumping above rows already on screen — the shown prefix only ever
 *   grows, rows never move;
 * - an entry with no start time (`startedAt: null`: unpod's missed calls) and an InvalidRecord (no time
 *   at all) take their predecessor's effective time: they stay where their provider put them, right after
 *   the entry before them (at the very top when they open the stream).
 * Ties (same effective time) go by member order (`source=` order), then by position in the source.
 *
 * Safety. A loaded entry is placed only when no unloaded entry of another source could come before it:
 * a source with more pages can only continue with effective times ≤ the effective time of its last loaded
 * entry, so an entry is safe once it beats that bound for every such source. The guarantee the view gives:
 * ordered by start time across sources, within the order each provider returns.
 */

/** One source's loaded prefix: its entries so far in provider order, and whether more pages follow. */
export interface MergeSource<T> {
  entries: readonly T[];
  hasMore: boolean;
}

export interface MergedRow<T> {
  /** Index of the source among the inputs. */
  member: number;
  /** Position within that source's stream. */
  index: number;
  item: T;
}

export interface MergeResult<T> {
  /** The merged prefix that is safe to show, newest first. */
  rows: MergedRow<T>[];
  /** Sources whose next page is needed before the prefix can grow (all loaded entries placed or blocked). */
  needs: number[];
  /** Entries placed, per source. */
  placed: number[];
}

/** Effective times of a stream: start time clamped to the running minimum; none → the predecessor's. */
export function effectiveTimes<T>(entries: readonly T[], timeOf: (item: T) => number | null): number[] {
  const out: number[] = [];
  let floor = Infinity;
  for (const item of entries) {
    const t = timeOf(item);
    if (t !== null && Number.isFinite(t) && t < floor) floor = t;
    out.push(floor);
  }
  return out;
}

/**
 * The safe merged prefix of the loaded prefixes, newest first, and which sources need their next page.
 * `timeOf` gives an item's start time (null: none, e.g. an InvalidRecord). Pure: the result over more pages
 * always extends the result over fewer.
 */
export function mergePrefix<T>(
  sources: readonly MergeSource<T>[],
  timeOf: (item: T) => number | null,
): MergeResult<T> {
  const times = sources.map((s) => effectiveTimes(s.entries, timeOf));
  const pos = sources.map(() => 0);
  const rows: MergedRow<T>[] = [];
  const total = sources.reduce((n, s) => n + s.entries.length, 0);
  // Before (a: time, member) comes b? Newer first, then lower member index.
  const before = (ta: number, ma: number, tb: number, mb: number) => ta > tb || (ta === tb && ma < mb);
  for (;;) {
    // The newest head among the sources that still have loaded entries.
    let best = -1;
    for (let m = 0; m < sources.length; m++) {
      if (pos[m]! >= sources[m]!.entries.length) continue;
      if (best === -1 || before(times[m]![pos[m]!]!, m, times[best]![pos[best]!]!, best)) best = m;
    }
    if (best === -1) break;
    const t = times[best]![pos[best]!]!;
    // Safe only if it beats every bound of a source that has run out of loaded entries but has more.
    let blocked = false;
    for (let m = 0; m < sources.length && !blocked; m++) {
      if (m === best || !sources[m]!.hasMore || pos[m]! < sources[m]!.entries.length) continue;
      const bound = sources[m]!.entries.length === 0 ? Infinity : times[m]![sources[m]!.entries.length - 1]!;
      if (!before(t, best, bound, m)) blocked = true;
    }
    if (blocked) break;
    rows.push({ member: best, index: pos[best]!, item: sources[best]!.entries[pos[best]!]! });
    pos[best]! += 1;
    if (rows.length === total) break;
  }
  // Whoever has run out of loaded entries but has more holds the prefix back (or will, next).
  const needs: number[] = [];
  for (let m = 0; m < sources.length; m++)
    if (sources[m]!.hasMore && pos[m]! >= sources[m]!.entries.length) needs.push(m);
  return { rows, needs, placed: pos };
}

/**
 * The sources a `source=` list selects, in URL order (`all`: every source, in configured order), and the
 * ids that name no configured source.
 */
export function selectSources(
  sources: readonly SourceInfo[],
  wanted: readonly string[],
): { members: SourceInfo[]; unknown: string[] } {
  const unknown = wanted.filter((id) => id !== 'all' && !sources.some((s) => s.id === id));
  if (wanted.includes('all')) return { members: [...sources], unknown };
  const members: SourceInfo[] = [];
  for (const id of wanted) {
    const s = sources.find((x) => x.id === id);
    if (s && !members.includes(s)) members.push(s);
  }
  if (members.length === 0 && sources[0]) members.push(sources[0]);
  return { members, unknown };
}
