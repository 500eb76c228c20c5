import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './config-error.ts';
import { DatabaseError } from './db/database.ts';
import { processEnv } from './env.ts';
import { startProductionServer, type ProductionServer } from './production-server.ts';

export { startProductionServer } from './production-server.ts';

/** What a person should open: `localhost` for loopback or wildcard binds, else the address itself. */
function displayUrl(url: string): string {
  return url.replace(/^http:\/\/(127\.0\.0\.1|\[::1\])(?=:)/, 'http://localhost');
}

function explain(error: unknown): string {
  if (error instanceof ConfigError) {
    const where = error.file ? ` in ${error.file}` : '';
    return [
      `Switchboard cannot start: configuration error${where}`,
      ...error.issues.map((issue) => `  ${issue}`),
    ].join('\n');
  }
  if (error instanceof DatabaseError) return `Switchboard cannot start: database error: ${error.message}`;
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    return `Switchboard cannot start: ${error.message} (set PORT to a free port)`;
  }
  return `Switchboard cannot start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

function closeOnSignals(server: ProductionServer): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130); // a second Ctrl-C: do not wait
    stopping = true;
    console.log(`Switchboard: ${signal}, shutting down...`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  let server: ProductionServer;
  try {
    server = await startProductionServer({ env: processEnv() });
  } catch (error) {
    console.error(explain(error));
    process.exit(1);
  }
  const sources = server.runtime.sources.map(({ id }) => id).join(', ') || 'none';
  console.log(`Switchboard on ${displayUrl(server.url)}/logs (sources: ${sources})`);
  closeOnSignals(server);
}

/** True when Node was started on this file (`node --import tsx src/server/start.ts`), not when a test imports it. */
function isEntryPoint(): boolean {
  const entry = process.argv[1];
  try {
    return entry !== undefined && realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) void main();
