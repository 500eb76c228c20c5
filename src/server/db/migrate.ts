import { DatabaseError, type Database } from './database.ts';
import { migrations as released, type Migration } from './migrations.ts';

/** Any constant: instances starting together on one PostgreSQL migrate one after the other. */
const MIGRATION_LOCK = 7_215_015;

/**
 * Applies the pending migrations in one transaction: all of them, or (on any failure) none, and a
 * `DatabaseError` naming the migration and PostgreSQL's reason. Returns the versions applied.
 */
export async function migrate(db: Database, list: readonly Migration[] = released): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map(({ version }) => Number(version)));
    const applied: number[] = [];
    for (const migration of [...list].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) {
        try {
          await tx.query(statement);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new DatabaseError(
            `migration ${migration.version} (${migration.name}) failed: ${reason}. Nothing was changed.`,
            { cause: error },
          );
        }
      }
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
