import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Env } from '../../src/server/env.ts';
import type { Logger } from '../../src/server/logger.ts';
import { createSwitchboard, type StartSandbox, type Switchboard } from '../../src/server/runtime.ts';

/** Writes a config file to a fresh temporary directory; returns its path. */
export function writeConfig(config: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'switchboard-config-')), 'switchboard.config.json');
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

export interface RecordingLogger extends Logger {
  lines: string[];
}

export function recordingLogger(): RecordingLogger {
  const lines: string[] = [];
  return { lines, info: (line) => lines.push(line), warn: (line) => lines.push(line) };
}

export interface TestSwitchboard {
  url: string;
  runtime: Switchboard;
  logs: string[];
  close(): Promise<void>;
}

/** The real runtime on a real port, with the handler mounted as both servers mount it; `next` answers 418. */
export async function startTestSwitchboard(
  options: { config?: unknown; env?: Env; startSandbox?: StartSandbox; cwd?: string } = {},
): Promise<TestSwitchboard> {
  const logger = recordingLogger();
  const env: Env = {
    ...(options.config ? { SWITCHBOARD_CONFIG: writeConfig(options.config) } : {}),
    ...options.env,
  };
  const runtime = await createSwitchboard({
    env,
    logger,
    cwd: options.cwd ?? mkdtempSync(join(tmpdir(), 'switchboard-cwd-')),
    ...(options.startSandbox ? { startSandbox: options.startSandbox } : {}),
  });
  const server = createServer((req, res) =>
    runtime.handler(req, res, () => {
      res.writeHead(418).end('next');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    runtime,
    logs: logger.lines,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
    },
  };
}
