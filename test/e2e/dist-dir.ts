import { fileURLToPath } from 'node:url';

/** Where the test run builds the SPA (git-ignored). */
export const E2E_DIST = fileURLToPath(new URL('../../test-results/dist', import.meta.url));
