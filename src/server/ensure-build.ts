import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from './logger.ts';

/** `npm start` on a fresh checkout: build the SPA once with the project's own Vite config. */
export async function ensureBuilt(options: { root: string; distDir: string; logger: Logger }): Promise<void> {
  if (existsSync(join(options.distDir, 'index.html'))) return;
  options.logger.info(`No build in ${options.distDir}: building the dashboard (vite build)...`);
  // Loaded only here: a built deployment starts without loading Vite at all.
  const { build } = await import('vite');
  await build({
    root: options.root,
    configFile: join(options.root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: options.distDir },
  });
}
