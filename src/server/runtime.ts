import type { SourceInfo } from '../logs/source.ts';
import { createApiHandler, type Middleware } from './api-handler.ts';
import { ConfigError } from './config-error.ts';
import { loadConfig } from './config.ts';
import { readSettings, type Env, type ServerSettings } from './env.ts';
import { consoleLogger, type Logger } from './logger.ts';
import { createProxy } from './proxy.ts';
import type { Sandbox, startSandbox } from './sandbox/index.ts';
import { sandboxSources } from './sandbox-sources.ts';
import { createScale } from './scale.ts';
import { sourceInfo, type ServerSource } from './server-source.ts';
import { openDatabase } from './db/open-database.ts';
import { createTeam, type RecordAudit, type Team } from './team/team.ts';

export type StartSandbox = typeof startSandbox;

export interface SwitchboardOptions {
  env: Env;
  /** Where `./switchboard.config.json` is looked for; default `process.cwd()`. */
  cwd?: string;
  logger?: Logger;
  /** Default: the built-in emulator, loaded only when it is needed. */
  startSandbox?: StartSandbox;
}

/** Configured sources, the sandbox if it runs, and the one middleware both servers mount. */
export interface Switchboard {
  handler: Middleware;
  sources: readonly SourceInfo[];
  sandbox?: Sandbox;
  /** Identity, access, saved views and the audit trail (`team/`), on the database. */
  team: Team;
  /** For server-side work such as exports: queue an audit entry (never waits). */
  recordAudit: RecordAudit;
  /**
   * The server's now: the real clock, or, with `SWITCHBOARD_SANDBOX_NOW` (a demo or test run), that instant
   * moving on from the start, so the server's "now" and its emulated providers' agree.
   */
  now: () => number;
  close(): Promise<void>;
}

async function launchSandbox(settings: ServerSettings, start: StartSandbox | undefined): Promise<Sandbox> {
  const startFn = start ?? (await import('./sandbox/index.ts')).startSandbox;
  const sandbox = await startFn({
    host: '127.0.0.1',
    port: settings.sandboxPort,
    ...(settings.sandboxNow === undefined ? {} : { now: settings.sandboxNow }),
    ...(settings.sandboxSeed === undefined ? {} : { seed: settings.sandboxSeed }),
    ...(settings.sandboxHostile ? { hostile: true } : {}),
    ...(settings.scale.sandboxRateLimit ? { rateLimit: settings.scale.sandboxRateLimit } : {}),
  });
  if (settings.sandboxLatencyMs !== undefined) sandbox.faults.latencyMs = settings.sandboxLatencyMs;
  return sandbox;
}

/** Loads the config, starts the sandbox when no source is configured (or `SWITCHBOARD_SANDBOX=1`), builds the handler. */
export async function createSwitchboard(options: SwitchboardOptions): Promise<Switchboard> {
  const logger = options.logger ?? consoleLogger;
  const settings = readSettings(options.env);
  const config = loadConfig({ env: options.env, ...(options.cwd ? { cwd: options.cwd } : {}) });
  const configured = config.sources;
  const wantsSandbox = settings.sandbox === 'on' || (settings.sandbox === 'auto' && configured.length === 0);
  // Migrations run at start: a database that cannot be opened or migrated stops the server here.
  const db = await openDatabase(settings, options.cwd ? { cwd: options.cwd } : {});
  const team = createTeam({
    config: config.team,
    db,
    logger,
    retentionDays: settings.auditRetentionDays,
    trustedProxies: settings.trustedUserHeader ? settings.trustedProxies : null,
  });
  let sandbox: Sandbox | undefined;
  try {
    sandbox = wantsSandbox ? await launchSandbox(settings, options.startSandbox) : undefined;
  } catch (error) {
    await team.close();
    await db.close();
    throw error;
  }

  let sources: ServerSource[] = configured;
  if (sandbox) {
    const simulated = sandboxSources(sandbox, settings.scale.sandboxRateLimit ?? undefined);
    const taken = simulated.filter((source) => configured.some(({ id }) => id === source.id));
    if (taken.length > 0) {
      await sandbox.close();
      await team.close();
      await db.close();
      throw new ConfigError(
        taken.map(({ id }) => `source "${id}": id: reserved for the sandbox source (SWITCHBOARD_SANDBOX=1)`),
      );
    }
    sources = [...configured, ...simulated];
  }

  const scale = createScale({ settings: settings.scale, sources, logger });
  const proxy = createProxy({
    budgets: scale.budgets,
    ...(scale.cache ? { cache: scale.cache } : {}),
    timeoutMs: settings.upstreamTimeoutMs,
    idleTimeoutMs: settings.upstreamIdleTimeoutMs,
    maxJsonBytes: settings.maxJsonBytes,
    logger,
  });
  let closing: Promise<void> | null = null;
  return {
    now: serverClock(settings.sandboxNow),
    handler: createApiHandler({
      sources,
      proxy,
      allowedHosts: settings.allowedHosts,
      health: scale.health,
      team,
    }),
    sources: sources.map(sourceInfo),
    ...(sandbox ? { sandbox } : {}),
    team,
    recordAudit: team.recordAudit,
    close() {
      // Idempotent: the Vite plugin may be told to close more than once.
      closing ??= (async () => {
        proxy.close();
        await scale.close();
        await sandbox?.close();
        await team.close();
        await db.close();
      })();
      return closing;
    },
  };
}

function serverClock(sandboxNow: number | undefined): () => number {
  if (sandboxNow === undefined) return () => Date.now();
  const startedAt = Date.now();
  return () => sandboxNow + (Date.now() - startedAt);
}
