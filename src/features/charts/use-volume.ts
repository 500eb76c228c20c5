import { useQueries } from '@tanstack/react-query';
import { countQueryOptions } from '../../api/counts.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import type { PickerOption } from '../../providers/adapter.ts';
import type { Bucket } from './buckets.ts';
import {
  countBase,
  narrow,
  sliceQuery,
  type BreakdownBy,
  type ChartMember,
  type Dimension,
  type StackBy,
} from './dimensions.ts';
import { useValueLists } from './use-value-lists.ts';

/** Bars stacked by status show the most frequent statuses; the rest is one "Other" segment. */
export const TOP_STACK = 5;
/** The breakdown lists this many values, then "Other". */
export const TOP_BREAKDOWN = 8;

const CHANNELS: readonly PickerOption[] = [
  { value: 'call', label: 'Call' },
  { value: 'whatsapp', label: 'WhatsApp' },
  { value: 'sms', label: 'SMS' },
];

export interface Segment {
  key: string;
  label: string;
}

export interface Bar {
  bucket: Bucket;
  /** Logs in the bucket (every source summed); null until every count of the bar is in. */
  total: number | null;
  /** Per segment, in `segments` order. */
  parts: number[];
  /** In the bucket, not in any listed segment. */
  other: number;
  /** Logs of sources that cannot split by the stack's dimension. */
  unsplit: number;
}

export interface BreakdownRow {
  value: string;
  label: string;
  count: number;
}

export interface VolumeData {
  segments: Segment[];
  bars: Bar[];
  /** Sum over the result (every source), null until known. */
  total: number | null;
  breakdown: { rows: BreakdownRow[]; other: number; counted: number } | null;
  /** Sources that cannot split the stack / the breakdown, and why. */
  stackNotes: string[];
  breakdownNotes: string[];
  asked: number;
  done: number;
  error: Error | null;
  retry: () => void;
}

/** One count to ask, or a number known without asking. */
type Cell = { spec: number } | { value: 0 } | { unsupported: string } | { all: Cell[] };

/** Counts of one render, deduplicated: the same query of the same source is asked once. */
class Plan {
  specs: Array<{ member: ChartMember; query: ResolvedQuery }> = [];
  private index = new Map<string, number>();
  ask(member: ChartMember, query: ResolvedQuery): Cell {
    const key = `${member.source.id}\u0000${JSON.stringify(query)}`;
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.specs.length;
      this.specs.push({ member, query });
      this.index.set(key, at);
    }
    return { spec: at };
  }
  narrowed(member: ChartMember, base: ResolvedQuery, dim: Dimension, value: string): Cell {
    const n = narrow(member.adapter, base, dim, value);
    if ('query' in n) return this.ask(member, n.query);
    return 'zero' in n ? { value: 0 } : { unsupported: n.unsupported };
  }
  /** The part of `base` whose `dim` is any of `values` (one label may stand for several provider values). */
  anyOf(member: ChartMember, base: ResolvedQuery, dim: Dimension, values: readonly string[]): Cell {
    const cells = values.map((v) => this.narrowed(member, base, dim, v));
    const unsupported = cells.find((c) => 'unsupported' in c);
    if (unsupported) return unsupported;
    return cells.length === 1 ? (cells[0] as Cell) : cells.length === 0 ? { value: 0 } : { all: cells };
  }
}

/** Values are grouped by label across sources ("No Answer" of timepay and of Salesfinity are one bar). */
const labelKey = (o: PickerOption) => o.label.trim().toLowerCase();

/** The values of `list` that `key` groups. */
const valuesOf = (list: readonly PickerOption[] | undefined, key: string) =>
  (list ?? []).filter((o) => labelKey(o) === key).map((o) => o.value);

function unionOf(lists: ReadonlyArray<readonly PickerOption[]>): PickerOption[] {
  const seen = new Map<string, PickerOption>();
  for (const list of lists)
    for (const o of list)
      if (!seen.has(labelKey(o))) seen.set(labelKey(o), { value: labelKey(o), label: o.label });
  return [...seen.values()];
}

/** Why a source cannot filter by `dim` at all (its capability table), or null. */
function cannotFilter(member: ChartMember, dim: Dimension): string | null {
  const capability = member.adapter.capabilities.filters[dim];
  return capability.supported ? null : capability.reason;
}

const noteOf = (member: ChartMember, reason: string) => `${member.source.label}: ${reason}`;

function useCounts(plan: Plan) {
  const results = useQueries({
    queries: plan.specs.map((s) => countQueryOptions(s.member.source, s.member.adapter, s.query)),
  });
  const countOf = (cell: Cell): number | null =>
    'spec' in cell
      ? (results[cell.spec]?.data ?? null)
      : 'value' in cell
        ? cell.value
        : 'all' in cell
          ? sumOf(cell.all)
          : 0;
  const sumOf = (cells: readonly Cell[]): number | null => {
    let sum = 0;
    for (const c of cells) {
      const n = countOf(c);
      if (n === null) return null;
      sum += n;
    }
    return sum;
  };
  const done = results.filter((r) => r.data !== undefined).length;
  const error = results.find((r) => r.isError && r.data === undefined)?.error ?? null;
  const retry = () => {
    for (const r of results) if (r.isError) void r.refetch();
  };
  return { countOf, sumOf, asked: results.length, done, error, retry };
}

interface ValueCells {
  option: PickerOption;
  cells: Cell[];
}

/** Per value of `dim`, per member: the count over the whole range (null while the value lists load). */
function valueCells(
  plan: Plan,
  members: readonly ChartMember[],
  base: ResolvedQuery,
  lists: Array<readonly PickerOption[]> | null,
  dim: Dimension,
): ValueCells[] | null {
  if (lists === null) return null;
  return unionOf(lists).map((option) => ({
    option,
    cells: members.map((m, i): Cell =>
      lists[i]?.some((o) => labelKey(o) === option.value)
        ? plan.anyOf(m, base, dim, valuesOf(lists[i], option.value))
        : { value: 0 },
    ),
  }));
}

/** Sources whose cells say they cannot split, once each. */
function notesOf(members: readonly ChartMember[], rows: ReadonlyArray<{ cells: Cell[] }>): string[] {
  const notes = new Map<number, string>();
  for (const row of rows)
    row.cells.forEach((c, i) => {
      const m = members[i];
      if ('unsupported' in c && m && !notes.has(i)) notes.set(i, noteOf(m, c.unsupported));
    });
  return [...notes.values()];
}

/**
 * Everything the charts show, from cheap counts: per bucket and source, the total and one count per
 * stack segment; per breakdown value, one count over the whole range. Sums over `members`.
 */
export function useVolume(
  members: readonly ChartMember[],
  resolved: ResolvedQuery,
  buckets: readonly Bucket[],
  stackBy: StackBy,
  breakdownBy: BreakdownBy,
): VolumeData {
  const base = countBase(resolved);
  const breakdownLists = useValueLists(members, breakdownBy);
  const statusLists = useValueLists(members, stackBy === 'status' ? 'status' : null);

  // First the whole range: totals, the breakdown's values and (stacked by status) the statuses.
  const rangePlan = new Plan();
  const totals = members.map((m) => rangePlan.ask(m, base));
  const breakdown = valueCells(rangePlan, members, base, breakdownLists, breakdownBy);
  const statuses = stackBy === 'status' ? valueCells(rangePlan, members, base, statusLists, 'status') : null;
  const range = useCounts(rangePlan);

  // The stack's segments: every channel, or the most frequent statuses once their counts are in.
  let segments: PickerOption[] | null;
  if (stackBy === 'channel') {
    const scoped = new Set(members.flatMap((m) => m.adapter.capabilities.channels));
    segments = CHANNELS.filter((c) => scoped.has(c.value as never));
  } else if (statuses === null) segments = null;
  else {
    const ranked = statuses
      .map((s) => ({ option: s.option, n: range.sumOf(s.cells.filter((c) => !('unsupported' in c))) }))
      .filter((s) => s.n !== null);
    segments =
      ranked.length < statuses.length
        ? null
        : ranked
            .filter((s) => (s.n ?? 0) > 0)
            .sort((a, b) => (b.n ?? 0) - (a.n ?? 0))
            .slice(0, TOP_STACK)
            .map((s) => s.option);
  }

  // Then per bucket: each source's total and its part in each segment.
  const bucketPlan = new Plan();
  const grid = buckets.map((bucket) => {
    const slice = sliceQuery(base, bucket);
    return members.map((m, i) => ({
      total: bucketPlan.ask(m, slice),
      parts: (segments ?? []).map((seg): Cell =>
        stackBy === 'status'
          ? // A status another source of a merged view does not know is not asked of this one.
            bucketPlan.anyOf(m, slice, 'status', valuesOf(statusLists?.[i], seg.value))
          : bucketPlan.narrowed(m, slice, stackBy, seg.value),
      ),
    }));
  });
  const perBucket = useCounts(segments === null ? new Plan() : bucketPlan);

  const bars: Bar[] = buckets.map((bucket, b) => {
    const cells = grid[b] ?? [];
    const total = perBucket.sumOf(cells.map((c) => c.total));
    let unsplit = 0;
    const parts = (segments ?? []).map(() => 0);
    let complete = total !== null && segments !== null;
    for (const c of cells) {
      if (c.parts.some((p) => 'unsupported' in p)) {
        unsplit += perBucket.countOf(c.total) ?? 0;
        continue;
      }
      c.parts.forEach((p, s) => {
        const n = perBucket.countOf(p);
        if (n === null) complete = false;
        parts[s] = (parts[s] ?? 0) + (n ?? 0);
      });
    }
    const listed = parts.reduce((a, n) => a + n, 0) + unsplit;
    return {
      bucket,
      total: complete ? total : null,
      parts,
      other: complete && total !== null ? Math.max(0, total - listed) : 0,
      unsplit,
    };
  });

  let breakdownResult: VolumeData['breakdown'] = null;
  if (breakdown !== null) {
    const rows: BreakdownRow[] = [];
    let ready = true;
    for (const { option, cells } of breakdown) {
      const n = range.sumOf(cells.filter((c) => !('unsupported' in c)));
      if (n === null) ready = false;
      else if (n > 0) rows.push({ value: option.value, label: option.label, count: n });
    }
    // The sources that can split: the rest of their total is "Other".
    const splittable = members.flatMap((m, i) =>
      cannotFilter(m, breakdownBy) !== null ||
      breakdown.some((row) => 'unsupported' in (row.cells[i] ?? { value: 0 }))
        ? []
        : [totals[i] as Cell],
    );
    const counted = range.sumOf(splittable);
    if (ready && counted !== null && splittable.length > 0) {
      rows.sort((a, b) => b.count - a.count);
      const shown = rows.slice(0, TOP_BREAKDOWN);
      const other = counted - shown.reduce((a, r) => a + r.count, 0);
      breakdownResult = { rows: shown, other: Math.max(0, other), counted };
    }
  }

  return {
    segments: (segments ?? []).map((s) => ({ key: s.value, label: s.label })),
    bars,
    total: range.sumOf(totals),
    breakdown: breakdownResult,
    // Whether a source can split does not depend on the bucket: the first bucket's cells tell.
    stackNotes: notesOf(
      members,
      (segments ?? []).map((_, s) => ({ cells: (grid[0] ?? []).map((c) => c.parts[s] ?? { value: 0 }) })),
    ),
    breakdownNotes: [
      ...new Set([
        ...members.flatMap((m) => {
          const reason = cannotFilter(m, breakdownBy);
          return reason === null ? [] : [noteOf(m, reason)];
        }),
        ...(breakdown === null ? [] : notesOf(members, breakdown)),
      ]),
    ],
    asked: range.asked + perBucket.asked,
    done: range.done + perBucket.done,
    error: range.error ?? perBucket.error,
    retry: () => {
      range.retry();
      perBucket.retry();
    },
  };
}
