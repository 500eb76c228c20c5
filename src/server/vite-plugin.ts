import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { processEnv } from './env.ts';
import { createSwitchboard } from './runtime.ts';

/** Mounts the production API middleware on `vite` (dev) and `vite preview`; does nothing on `vite build` or vitest. */
export function switchboardPlugin(): Plugin {
  async function mount(server: ViteDevServer | PreviewServer): Promise<void> {
    // Vitest runs Vite in mode "test" (middleware mode): no browser will call /api there.
    if (server.config.mode === 'test') return;
    const runtime = await createSwitchboard({ env: processEnv() });
    // Added here, not in a returned hook, so it runs before Vite's own SPA fallback.
    server.middlewares.use(runtime.handler);
    server.httpServer?.once('close', () => void runtime.close());
    const close = server.close.bind(server);
    server.close = async () => {
      await close();
      await runtime.close();
    };
    const sources = runtime.sources.map(({ id }) => id).join(', ') || 'none';
    server.config.logger.info(`  Switchboard API on /api (sources: ${sources})`);
  }

  return {
    name: 'switchboard-server',
    apply: 'serve',
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
