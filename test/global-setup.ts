import { build } from 'vite';
import { E2E_DIST } from './e2e/dist-dir.ts';
import { pickRunNow } from './run-clock.ts';

/** End-to-end tests run against a production build of their own (never the user's dist/): built once per run. */
export async function setup() {
  // One now for the whole run, inherited by every worker (test/run-clock.ts).
  process.env.SWITCHBOARD_TEST_NOW ??= String(pickRunNow(Date.now(), process.env.SWITCHBOARD_TEST_CLOCK_SHIFT));
  console.log(`test clock: ${new Date(Number(process.env.SWITCHBOARD_TEST_NOW)).toISOString()}`);
  if (process.env.SWITCHBOARD_SKIP_BUILD === '1') return;
  // vitest sets NODE_ENV=test, which Vite would carry into the bundle (React's development build):
  // the browser tests must run what users run.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', build: { outDir: E2E_DIST, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
