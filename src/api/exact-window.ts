import type { InvalidRecord, LogEntry } from '../logs/log-entry.ts';
import type { ResolvedQuery } from '../logs/log-query.ts';
import type { SourceInfo } from '../logs/source.ts';
import type { ExactRange, ListPage, ProviderAdapter } from '../providers/adapter.ts';
import { getProviderJson } from './http.ts';

type Row = LogEntry | InvalidRecord;

/**
 * Pages scanned at each end of a provider's answer before giving up on exactness (with a message): at
 * timepay's 10 rows a page, 60 pages hold ~20 minutes of a busy account's calls (~43,000 a day).
 */
export const MAX_EDGE_PAGES = 60;

/** Where the kept rows of a provider's answer sit: explicit lists at the two ends, a plain run between. */
export interface ExactWindow {
  total: number;
  pageSize: number;
  /** Provider indices of kept rows in the top zone, in order. */
  topKept: number[];
  /** First provider index after the top zone; [topEnd, bottomStart) is kept whole. */
  topEnd: number;
  bottomStart: number;
  bottomKept: number[];
  /** Provider pages already read (1-based), reused for the rows they hold. */
  pages: Map<number, Row[]>;
}

const isEntry = (row: Row): row is LogEntry => !('kind' in row);
const keeps = (range: ExactRange, row: Row) => !isEntry(row) || range.keep(row);

async function readPage(
  source: SourceInfo,
  adapter: ProviderAdapter,
  query: ResolvedQuery,
  page: number,
  signal: AbortSignal,
): Promise<ListPage> {
  const plan = adapter.listRequest(query, page, source, null);
  if ('outOfReach' in plan) throw new Error(plan.outOfReach);
  return adapter.parseList(await getProviderJson(source.id, adapter, plan, signal), source);
}

function tooWide(source: SourceInfo): Error {
  return new Error(
    `${source.label}: this time range needs more than ${MAX_EDGE_PAGES} pages at its edges to be exact; narrow it`,
  );
}

/** Reads both ends of the provider's answer until the rows there cannot fall outside the range. */
export async function computeWindow(
  source: SourceInfo,
  adapter: ProviderAdapter,
  query: ResolvedQuery,
  range: ExactRange,
  signal: AbortSignal,
): Promise<ExactWindow> {
  const first = await readPage(source, adapter, query, 1, signal);
  const size = Math.max(1, first.pageSize);
  const serverTotal = first.total;
  const lastPage = Math.ceil(serverTotal / size);
  const pages = new Map<number, Row[]>([[1, first.entries]]);
  const rowsOf = async (page: number): Promise<Row[]> => {
    const known = pages.get(page);
    if (known) return known;
    const rows = (await readPage(source, adapter, query, page, signal)).entries;
    pages.set(page, rows);
    return rows;
  };
  const topKept: number[] = [];
  let topEnd = serverTotal;
  for (let page = 1; page <= lastPage; page++) {
    if (page > MAX_EDGE_PAGES) throw tooWide(source);
    const rows = await rowsOf(page);
    rows.forEach((row, k) => {
      if (keeps(range, row)) topKept.push((page - 1) * size + k);
    });
    if (rows.some((row) => isEntry(row) && range.pastTop(row)) || rows.length < size) {
      topEnd = Math.min(serverTotal, (page - 1) * size + rows.length);
      break;
    }
  }
  const bottomKept: number[] = [];
  let bottomStart = serverTotal;
  const pastBottom = range.pastBottom;
  if (pastBottom !== null && topEnd < serverTotal) {
    const topPage = Math.ceil(topEnd / size);
    let scanned = 0;
    for (let page = lastPage; page > topPage; page--) {
      if (++scanned > MAX_EDGE_PAGES) throw tooWide(source);
      const rows = await rowsOf(page);
      const kept: number[] = [];
      rows.forEach((row, k) => {
        if (keeps(range, row)) kept.push((page - 1) * size + k);
      });
      bottomKept.unshift(...kept);
      bottomStart = (page - 1) * size;
      if (rows.some((row) => isEntry(row) && pastBottom(row))) break;
    }
    bottomStart = Math.max(bottomStart, topEnd);
  }
  const middle = Math.max(0, bottomStart - topEnd);
  return {
    total: topKept.length + middle + bottomKept.length,
    pageSize: size,
    topKept,
    topEnd,
    bottomStart,
    bottomKept,
    pages,
  };
}

/** The provider index of the `i`-th kept row. */
export function providerIndex(w: ExactWindow, i: number): number | null {
  if (i < 0 || i >= w.total) return null;
  if (i < w.topKept.length) return w.topKept[i] ?? null;
  const mid = i - w.topKept.length;
  const middle = w.bottomStart - w.topEnd;
  return mid < middle ? w.topEnd + mid : (w.bottomKept[mid - middle] ?? null);
}

const windows = new Map<string, Promise<ExactWindow>>();
/** Windows kept per (source, query): each costs a few requests, and every page of a result reuses it. */
const MAX_WINDOWS = 64;

/** The window of `query` in `source`, computed once and shared by every page and count of that result. */
export function exactWindow(
  source: SourceInfo,
  adapter: ProviderAdapter,
  query: ResolvedQuery,
  range: ExactRange,
  signal: AbortSignal,
): Promise<ExactWindow> {
  // A range still open at the top grows as logs arrive (a live check): never reuse its window.
  if (query.untilMs === null) return computeWindow(source, adapter, query, range, signal);
  const key = `${source.id}\n${JSON.stringify(query)}`;
  let window = windows.get(key);
  if (!window) {
    window = computeWindow(source, adapter, query, range, signal);
    window.catch(() => windows.delete(key));
    windows.set(key, window);
    if (windows.size > MAX_WINDOWS) windows.delete(windows.keys().next().value ?? key);
  }
  return window;
}

/** Page `page` (1-based) of the kept rows, read from the provider pages that hold them. */
export async function windowPage(
  source: SourceInfo,
  adapter: ProviderAdapter,
  query: ResolvedQuery,
  range: ExactRange,
  page: number,
  signal: AbortSignal,
): Promise<ListPage> {
  const w = await exactWindow(source, adapter, query, range, signal);
  const size = w.pageSize;
  const entries: Row[] = [];
  for (let i = (page - 1) * size; i < Math.min(page * size, w.total); i++) {
    const at = providerIndex(w, i);
    if (at === null) break;
    const providerPage = Math.floor(at / size) + 1;
    let rows = w.pages.get(providerPage);
    if (!rows) {
      rows = (await readPage(source, adapter, query, providerPage, signal)).entries;
      w.pages.set(providerPage, rows);
    }
    const row = rows[at % size];
    if (row) entries.push(row);
  }
  return { page, pageSize: size, total: w.total, hasNext: page * size < w.total, entries };
}
