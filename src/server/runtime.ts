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
  const configured = loadConfig({ env: options.env, ...(options.cwd ? { cwd: options.cwd } : {}) }).sources;
  const wantsSandbox = settings.sandbox === 'on' || (settings.sandbox === 'auto' && configured.length === 0);
  const sandbox = wantsSandbox ? await launchSandbox(settings, options.startSandbox) : undefined;

  let sources: ServerSource[] = configured;
  if (sandbox) {
    const simulated = sandboxSources(sandbox, settings.scale.sandboxRateLimit ?? undefined);
    const taken = simulated.filter((source) => configured.some(({ id }) => id === source.id));
    if (taken.length > 0) {
      await sandbox.close();
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
    handler: createApiHandler({ sources, proxy, allowedHosts: settings.allowedHosts, health: scale.health }),
    sources: sources.map(sourceInfo),
    ...(sandbox ? { sandbox } : {}),
    close() {
      // Idempotent: the Vite plugin may be told to close more than once.
      closing ??= (async () => {
        proxy.close();
        await scale.close();
        await sandbox?.close();
      })();
      return closing;
    },
  };
}
