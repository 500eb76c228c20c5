import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Migration } from '../../../src/server/db/migrations.ts';
import { openDatabase } from '../../../src/server/db/open-database.ts';
import { startPostgres, type TestPostgres } from './postgres-server.ts';

/** Both engines the storage contract must hold on: a fresh database of each per call. */
export interface Engine {
  name: 'embedded' | 'postgres';
  /** Settings of a fresh, empty database. */
  settings(): Promise<{ databaseUrl: string | null; dataDir: string }>;
  stop(): Promise<void>;
}

export function embeddedEngine(): Engine {
  return {
    name: 'embedded',
    settings: async () => ({
      databaseUrl: null,
      dataDir: join(mkdtempSync(join(tmpdir(), 'switchboard-data-')), 'db'),
    }),
    stop: async () => undefined,
  };
}

export function postgresEngine(): Engine {
  let server: Promise<TestPostgres> | null = null;
  return {
    name: 'postgres',
    async settings() {
      server ??= startPostgres();
      return { databaseUrl: await (await server).createDatabase(), dataDir: '.switchboard' };
    },
    async stop() {
      if (server) await (await server).stop();
    },
  };
}

export async function freshDatabase(engine: Engine, migrations?: readonly Migration[]) {
  return openDatabase(await engine.settings(), migrations ? { migrations } : {});
}
