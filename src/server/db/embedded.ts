import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from './database.ts';

/** The engine's version, so a cached fresh cluster is only reused by the same engine. */
function engineVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite'); // …/dist/index.cjs
  const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
    version?: string;
  };
  return pkg.version ?? 'unknown';
}

/**
 * A freshly initialized cluster, made once per machine and engine version in the OS temp dir: initdb in
 * WebAssembly takes 10-20 s on a busy 2-core machine, copying its result a fraction of that.
 */
async function freshCluster(): Promise<string> {
  const template = join(tmpdir(), `switchboard-pglite-${engineVersion()}`);
  if (existsSync(join(template, 'PG_VERSION'))) return template;
  const building = `${template}.${process.pid}.${Date.now()}`;
  const db = await PGlite.create(building);
  await db.close();
  try {
    renameSync(building, template);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another process made it first
  }
  return template;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One process per embedded database: a second one would corrupt it. Returns the release function. */
function lock(dir: string): () => void {
  const file = join(dir, 'switchboard.pid');
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(file, 'utf8'));
    if (Number.isInteger(holder) && alive(holder)) {
      throw new Error(
        `another Switchboard (pid ${holder}) uses it; give this one its own SWITCHBOARD_DATA_DIR, or share SWITCHBOARD_DATABASE_URL`,
      );
    }
    writeFileSync(file, String(process.pid));
  }
  return () => rmSync(file, { force: true });
}

/** PostgreSQL compiled to WebAssembly (PGlite), its files under `dir`: the same SQL as the server. */
export async function openEmbedded(dir: string): Promise<Database> {
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    mkdirSync(dirname(dir), { recursive: true });
    cpSync(await freshCluster(), dir, { recursive: true });
  }
  const release = lock(dir);
  let db: PGlite;
  try {
    db = await PGlite.create(dir);
  } catch (error) {
    release();
    throw error;
  }
  // One connection: PGlite runs one statement at a time, and transactions queue behind each other.
  return {
    kind: 'embedded',
    query: async (sql, params) => (await db.query<never>(sql, params ? [...params] : [])).rows,
    transaction: (work) =>
      db.transaction((tx) =>
        work({ query: async (sql, params) => (await tx.query<never>(sql, params ? [...params] : [])).rows }),
      ),
    close: async () => {
      await db.close();
      release();
    },
  };
}
