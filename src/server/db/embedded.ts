import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
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

/** PostgreSQL compiled to WebAssembly (PGlite), its files under `dir`: the same SQL as the server. */
export async function openEmbedded(dir: string): Promise<Database> {
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    mkdirSync(dirname(dir), { recursive: true });
    cpSync(await freshCluster(), dir, { recursive: true });
  }
  const db = await PGlite.create(dir);
  // One connection: PGlite runs one statement at a time, and transactions queue behind each other.
  return {
    kind: 'embedded',
    query: async (sql, params) => (await db.query<never>(sql, params ? [...params] : [])).rows,
    transaction: (work) =>
      db.transaction((tx) =>
        work({ query: async (sql, params) => (await tx.query<never>(sql, params ? [...params] : [])).rows }),
      ),
    close: () => db.close(),
  };
}
