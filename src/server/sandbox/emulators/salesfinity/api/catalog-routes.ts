import type { SalesfinityDataset } from '../data/dataset.ts';
import { NONE } from '../data/dataset.ts';

export type CatalogAnswer = { status: number; body: unknown };

/** `page` (default 1) and `limit` (default 10, 1..100), validated as `/call-log` does. */
function paging(params: URLSearchParams): { page: number; limit: number } | { errors: string[] } {
  const errors: string[] = [];
  const read = (name: string, fallback: number, max: number): number => {
    const v = params.get(name);
    if (v === null || v.trim() === '') return fallback;
    if (!/^\d+$/.test(v.trim())) errors.push(`${name} must be an integer number`);
    else if (Number(v) < 1) errors.push(`${name} must not be less than 1`);
    else if (Number(v) > max) errors.push(`${name} must not be greater than ${max}`);
    return Number(v);
  };
  const page = read('page', 1, 1_000_000_000);
  const limit = read('limit', 10, 100);
  return errors.length > 0 ? { errors } : { page, limit };
}

export const badRequest = (errors: string[]): CatalogAnswer => ({
  status: 400,
  body: { statusCode: 400, message: errors, error: 'Bad Request' },
});

/** Calls per sequence and their first/last use, among the calls started by `cutoffMs` (the trickle's now). */
export function sequenceStats(
  ds: SalesfinityDataset,
  cutoffMs = Infinity,
): Array<{ total: number; first: number; last: number }> {
  const stats = ds.catalog.sequences.map(() => ({ total: 0, first: Infinity, last: -Infinity }));
  for (let i = 0; i < ds.count; i++) {
    const s = ds.sequence[i] ?? NONE;
    const st = s === NONE ? undefined : stats[s];
    if (!st) continue;
    const t = ds.createdMs[i] ?? 0;
    if (t > cutoffMs) continue;
    st.total++;
    st.first = Math.min(st.first, t);
    st.last = Math.max(st.last, t);
  }
  return stats;
}

type Stats = ReturnType<typeof sequenceStats>;

function sequenceItem(ds: SalesfinityDataset, stats: Stats, k: number): Record<string, unknown> {
  const s = stats[k];
  const used = s !== undefined && s.total > 0;
  return {
    id: ds.catalog.sequences[k]?.id,
    name: ds.catalog.sequences[k]?.name,
    total_calls: s?.total ?? 0,
    last_used_at: used ? new Date(s.last).toISOString() : null,
    first_used_at: used ? new Date(s.first).toISOString() : null,
  };
}

/** GET /sequences: shape UNCONFIRMED; `{data[], pagination{total, page, limit, pages}}` like /call-log. */
export function sequencesPage(ds: SalesfinityDataset, stats: Stats, params: URLSearchParams): CatalogAnswer {
  const p = paging(params);
  if ('errors' in p) return badRequest(p.errors);
  const total = ds.catalog.sequences.length;
  const from = (p.page - 1) * p.limit;
  const data = [];
  for (let k = from; k < Math.min(total, from + p.limit); k++) data.push(sequenceItem(ds, stats, k));
  return {
    status: 200,
    body: { data, pagination: { total, page: p.page, limit: p.limit, pages: Math.ceil(total / p.limit) } },
  };
}

export function sequenceById(ds: SalesfinityDataset, stats: Stats, id: string): CatalogAnswer {
  const k = ds.catalog.sequences.findIndex((s) => s.id === id);
  if (k < 0)
    return { status: 404, body: { statusCode: 404, message: 'Sequence not found', error: 'Not Found' } };
  return { status: 200, body: { data: sequenceItem(ds, stats, k) } };
}

/** GET /contact-lists: `{data[{_id, name, total_contacts}], total, page, next}` (`next`: the next page or null). */
export function contactListsPage(
  ds: SalesfinityDataset,
  sizes: number[],
  params: URLSearchParams,
): CatalogAnswer {
  const p = paging(params);
  if ('errors' in p) return badRequest(p.errors);
  const lists = ds.catalog.lists;
  const from = (p.page - 1) * p.limit;
  const data = lists
    .slice(from, from + p.limit)
    .map((l, k) => ({ _id: l._id, name: l.name, total_contacts: sizes[from + k] ?? 0 }));
  return {
    status: 200,
    body: {
      data,
      total: lists.length,
      page: p.page,
      next: from + p.limit < lists.length ? p.page + 1 : null,
    },
  };
}

/**
 * GET /contact-lists/csv, the live list endpoint (PROVIDERS.md, live section):
 * `{data[{_id, name, user, total_contacts, createdAt, updatedAt}], pagination{total, page, next}}`.
 */
export function contactListsCsvPage(
  ds: SalesfinityDataset,
  sizes: number[],
  params: URLSearchParams,
): CatalogAnswer {
  const p = paging(params);
  if ('errors' in p) return badRequest(p.errors);
  const lists = ds.catalog.lists;
  const from = (p.page - 1) * p.limit;
  const owner = ds.catalog.users[0]?._id ?? null;
  const data = lists.slice(from, from + p.limit).map((l, k) => {
    const created = new Date(parseInt(l._id.slice(0, 8), 16) * 1000).toISOString();
    return {
      _id: l._id,
      name: l.name,
      user: owner,
      total_contacts: sizes[from + k] ?? 0,
      createdAt: created,
      updatedAt: created,
    };
  });
  const next = from + p.limit < lists.length ? p.page + 1 : null;
  return { status: 200, body: { data, pagination: { total: lists.length, page: p.page, next } } };
}

/** What Nest answers for a path it has no GET handler for (`/contact-lists` is not a list live). */
export const cannotGet = (path: string): CatalogAnswer => ({
  status: 404,
  body: { statusCode: 404, message: `Cannot GET ${path}`, error: 'Not Found' },
});

export function dispositionsBody(ds: SalesfinityDataset): unknown {
  return {
    data: ds.catalog.dispositions.map((d) => ({
      _id: d._id,
      id: d.id,
      name: d.name,
      is_custom: d.is_custom,
      is_required: d.is_required,
      category: d.category,
    })),
  };
}

export function teamBody(ds: SalesfinityDataset): unknown {
  return {
    users: ds.catalog.users.map((u) => ({
      user: { _id: u._id, email: u.email, first_name: u.first_name, last_name: u.last_name },
    })),
  };
}
