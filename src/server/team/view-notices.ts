import type { Queryable } from '../db/database.ts';

/** Told to a user whose change to a view was replaced (or whose view was deleted) by someone else. */
export interface ViewNotice {
  viewId: string;
  name: string;
  by: string;
  change: 'changed' | 'deleted';
  at: string;
  message: string;
}

interface NoticeRow {
  view_id: string;
  view_name: string;
  by_user: string;
  change: string;
  at: Date | string;
}

export async function addNotice(
  db: Queryable,
  notice: {
    recipient: string;
    viewId: string;
    name: string;
    by: string;
    change: ViewNotice['change'];
    now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO view_notices (recipient, view_id, view_name, by_user, change, at)
     VALUES ($1, $2, $3, $4, $5, $6::timestamptz)`,
    [notice.recipient, notice.viewId, notice.name, notice.by, notice.change, notice.now.toISOString()],
  );
}

/** The user's pending notices, removed as they are read: each is told once. */
export async function takeNotices(db: Queryable, recipient: string): Promise<ViewNotice[]> {
  const rows = await db.query<NoticeRow>(
    `DELETE FROM view_notices WHERE recipient = $1 RETURNING view_id, view_name, by_user, change, at`,
    [recipient],
  );
  return rows
    .map((row) => {
      const change = row.change === 'deleted' ? 'deleted' : 'changed';
      const at = new Date(row.at).toISOString();
      const what = change === 'deleted' ? 'deleted' : 'changed';
      return {
        viewId: row.view_id,
        name: row.view_name,
        by: row.by_user,
        change,
        at,
        message: `${row.by_user} ${what} the view “${row.view_name}” after your change; theirs is the one kept.`,
      } satisfies ViewNotice;
    })
    .sort((a, b) => a.at.localeCompare(b.at));
}
