import pg from 'pg';
import type { Database, Queryable } from './database.ts';

/** The URL without its password, for messages. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'SWITCHBOARD_DATABASE_URL (not a valid URL)';
  }
}

/** PostgreSQL through a `pg` pool (SWITCHBOARD_DATABASE_URL). */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const client = await pool.connect(); // fails here, at start, when the server is unreachable
  client.release();
  const run = async <Row extends object>(
    on: pg.Pool | pg.PoolClient,
    sql: string,
    params?: readonly unknown[],
  ) => (await on.query<Row>(sql, params ? [...params] : [])).rows;
  return {
    kind: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    async transaction(work) {
      const tx = await pool.connect();
      const queryable: Queryable = { query: (sql, params) => run(tx, sql, params) };
      try {
        await tx.query('BEGIN');
        const result = await work(queryable);
        await tx.query('COMMIT');
        return result;
      } catch (error) {
        await tx.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        tx.release();
      }
    },
    close: () => pool.end(),
  };
}
