import { resolve } from 'node:path';
import { DatabaseError, type Database } from './database.ts';
import { openEmbedded } from './embedded.ts';
import { migrate } from './migrate.ts';
import type { Migration } from './migrations.ts';
import { describeUrl, openPostgres } from './postgres.ts';

export interface DatabaseSettings {
  /** `SWITCHBOARD_DATABASE_URL`, or null for the embedded engine. */
  databaseUrl: string | null;
  /** `SWITCHBOARD_DATA_DIR` (default `./.switchboard`), resolved against `cwd`. */
  dataDir: string;
}

/** Opens PostgreSQL or the embedded engine and migrates it; throws `DatabaseError` with a clear reason. */
export async function openDatabase(
  settings: DatabaseSettings,
  options: { cwd?: string; migrations?: readonly Migration[] } = {},
): Promise<Database> {
  let db: Database;
  const where = settings.databaseUrl
    ? `PostgreSQL at ${describeUrl(settings.databaseUrl)}`
    : `the embedded database in ${resolve(options.cwd ?? process.cwd(), settings.dataDir)}`;
  try {
    db = settings.databaseUrl
      ? await openPostgres(settings.databaseUrl)
      : await openEmbedded(resolve(options.cwd ?? process.cwd(), settings.dataDir));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseError(`cannot open ${where}: ${reason}`, { cause: error });
  }
  try {
    await migrate(db, options.migrations);
  } catch (error) {
    await db.close().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseError(`cannot migrate ${where}: ${reason}`, { cause: error });
  }
  return db;
}
