import { build } from 'vite';

/** End-to-end tests run against the production build: build it once before any test file starts. */
export async function setup() {
  if (process.env.SWITCHBOARD_SKIP_BUILD === '1') return;
  await build({ logLevel: 'warn' });
}
