import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { switchboardPlugin } from './src/server/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), switchboardPlugin()],
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173) },
  // The manifest (dist/.vite/manifest.json, never served) tells the server which chunks a dashboard URL needs.
  build: { target: 'es2022', sourcemap: false, manifest: true },
  test: {
    // Server and e2e tests start real servers; keep files isolated, run two at a time (2 cores).
    pool: 'forks',
    maxWorkers: 2,
    // A hang detector, not a speed bar (that is npm run bench): CPU-bound tests of 4 s quiet take 30 s when
    // every core is oversubscribed several times over (npm run test:under-load, other builds on the machine).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests poll for what a user would wait for; a second is too tight on 2 busy cores.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-dom.ts'],
  },
});
