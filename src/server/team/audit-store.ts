import type { Queryable } from '../db/database.ts';

/** What the server records (issue 15): who did what to which source's log, from where. */
export const AUDIT_ACTIONS = [
  'sign_in',
  'recording.streamed',
  'transcript.fetched',
  'detail.fetched',
  'export.started',
  'export.finished',
  'export.cancelled',
  'view.created',
  'view.shared',
  'view.deleted',
  'access.refused',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: string;
  at: string;
  user: string;
  action: AuditAction;
  source: string | null;
  logId: string | null;
  /** The dashboard URL the action was taken from, where the server knows it. */
  url: string | null;
  client: string | null;
  /** E.g. an export's row count and format. */
  detail: Record<string, unknown> | null;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'> & { at: Date };

export interface AuditFilter {
  user?: string;
  action?: string;
  source?: string;
  since?: Date;
  until?: Date;
  /** Continue after this entry (`nextCursor` of the previous page). */
  cursor?: { at: Date; id: string };
  limit: number;
}

interface AuditRow {
  id: string | number;
  at: Date | string;
  user_name: string;
  action: string;
  source: string | null;
  log_id: string | null;
  url: string | null;
  client: string | null;
  detail: unknown;
}

/** One INSERT for a batch: the queue writes entries in groups, off the request path. */
export async function insertAuditEntries(db: Queryable, entries: readonly NewAuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const params: unknown[] = [];
  const tuples = entries.map((entry) => {
    const values = [
      entry.at.toISOString(),
      entry.user,
      entry.action,
      entry.source,
      entry.logId,
      entry.url,
      entry.client,
      entry.detail === null ? null : JSON.stringify(entry.detail),
    ];
    const at = params.length;
    params.push(...values);
    return `($${at + 1}::timestamptz, $${at + 2}, $${at + 3}, $${at + 4}, $${at + 5}, $${at + 6}, $${at + 7}, $${at + 8}::jsonb)`;
  });
  await db.query(
    `INSERT INTO audit (at, user_name, action, source, log_id, url, client, detail) VALUES ${tuples.join(', ')}`,
    params,
  );
}

/** Newest first; `limit + 1` rows are read to know whether there is a next page. */
export async function queryAudit(
  db: Queryable,
  filter: AuditFilter,
): Promise<{ entries: AuditEntry[]; next: { at: Date; id: string } | null }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.user) add('user_name = ?', filter.user);
  if (filter.action) add('action = ?', filter.action);
  if (filter.source) add('source = ?', filter.source);
  if (filter.since) add('at >= ?::timestamptz', filter.since.toISOString());
  if (filter.until) add('at < ?::timestamptz', filter.until.toISOString());
  if (filter.cursor) {
    params.push(filter.cursor.at.toISOString(), filter.cursor.id);
    where.push(`(at, id) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
  }
  params.push(filter.limit + 1);
  const rows = await db.query<AuditRow>(
    `SELECT id, at, user_name, action, source, log_id, url, client, detail FROM audit
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
  const entries = rows.slice(0, filter.limit).map((row): AuditEntry => ({
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    user: row.user_name,
    action: row.action as AuditAction, // only AUDIT_ACTIONS are ever written
    source: row.source,
    logId: row.log_id,
    url: row.url,
    client: row.client,
    detail:
      typeof row.detail === 'object' && row.detail !== null ? (row.detail as Record<string, unknown>) : null,
  }));
  const last = entries.at(-1);
  return {
    entries,
    next: rows.length > filter.limit && last ? { at: new Date(last.at), id: last.id } : null,
  };
}

/** Retention: the only deletion of audit entries, by age, never through the API. */
export async function pruneAudit(db: Queryable, olderThan: Date): Promise<number> {
  const rows = await db.query<{ id: string }>('DELETE FROM audit WHERE at < $1::timestamptz RETURNING id', [
    olderThan.toISOString(),
  ]);
  return rows.length;
}
