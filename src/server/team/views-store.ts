import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.ts';

/** A saved view as `/api/views` answers it (DESIGN.md). */
export interface SavedView {
  id: string;
  name: string;
  url: string;
  owner: string;
  shared: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A stored view: the public shape plus what the server needs to decide who sees it. */
export interface StoredView extends SavedView {
  /** The source ids its URL names (`all` excluded: the merged view shows each user what they may see). */
  sources: string[];
  updatedBy: string;
}

interface ViewRow {
  id: string;
  name: string;
  url: string;
  owner: string;
  shared: boolean;
  sources: unknown;
  created_at: Date | string;
  updated_at: Date | string;
  updated_by: string;
}

const iso = (value: Date | string) => new Date(value).toISOString();

function fromRow(row: ViewRow): StoredView {
  const sources = Array.isArray(row.sources) ? row.sources.filter((s) => typeof s === 'string') : [];
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    owner: row.owner,
    shared: row.shared,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    sources,
    updatedBy: row.updated_by,
  };
}

/** The public face: an explicit pick, so no stored field slips out. */
export function publicView(view: StoredView): SavedView {
  const { id, name, url, owner, shared, createdAt, updatedAt } = view;
  return { id, name, url, owner, shared, createdAt, updatedAt };
}

/** The source ids a dashboard URL names through `source=` (`all` names none in particular). */
export function sourcesOfUrl(url: string): string[] {
  const params = new URL(url, 'http://switchboard.invalid').searchParams;
  return [...new Set(params.getAll('source').filter((id) => id !== 'all' && id !== ''))];
}

const COLUMNS = 'id, name, url, owner, shared, sources, created_at, updated_at, updated_by';

/** Views a user may list: their own, and everyone's shared ones (the caller then checks sources). */
export async function listViews(db: Queryable, user: string): Promise<StoredView[]> {
  const rows = await db.query<ViewRow>(
    `SELECT ${COLUMNS} FROM views WHERE owner = $1 OR shared ORDER BY lower(name), created_at, id`,
    [user],
  );
  return rows.map(fromRow);
}

export async function countOwnViews(db: Queryable, user: string): Promise<number> {
  const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM views WHERE owner = $1', [user]);
  return Number(rows[0]?.n ?? 0);
}

export async function getView(db: Queryable, id: string, lock = false): Promise<StoredView | null> {
  const rows = await db.query<ViewRow>(
    `SELECT ${COLUMNS} FROM views WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ? fromRow(rows[0]) : null;
}

export async function insertView(
  db: Queryable,
  input: { name: string; url: string; owner: string; shared: boolean; now: Date },
): Promise<StoredView> {
  const rows = await db.query<ViewRow>(
    `INSERT INTO views (id, name, url, owner, shared, sources, created_at, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::timestamptz, $7::timestamptz, $4) RETURNING ${COLUMNS}`,
    [
      randomUUID(),
      input.name,
      input.url,
      input.owner,
      input.shared,
      JSON.stringify(sourcesOfUrl(input.url)),
      input.now.toISOString(),
    ],
  );
  return fromRow(rows[0] as ViewRow); // INSERT ... RETURNING always returns the row
}

export async function updateView(
  db: Queryable,
  id: string,
  change: { name: string; url: string; shared: boolean; by: string; now: Date },
): Promise<StoredView | null> {
  const rows = await db.query<ViewRow>(
    `UPDATE views SET name = $2, url = $3, shared = $4, sources = $5::jsonb,
       updated_at = GREATEST($6::timestamptz, updated_at + interval '1 millisecond'), updated_by = $7
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [
      id,
      change.name,
      change.url,
      change.shared,
      JSON.stringify(sourcesOfUrl(change.url)),
      change.now.toISOString(),
      change.by,
    ],
  );
  return rows[0] ? fromRow(rows[0]) : null;
}

export async function deleteView(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM views WHERE id = $1', [id]);
}
