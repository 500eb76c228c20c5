// Lint holds the import boundaries of STYLE.md: app → features → (components, providers, logs); server apart.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** A relative import that reaches into one of the named top-level folders of src/. */
const into = (...folders) => `^(\\.\\.?/)+(.*/)?(${folders.join('|')})(/|$)`;
const forbid = (files, folders, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ regex: into(...folders), message }] }],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '.bench', 'test-results', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler, so a library it cannot memoize (TanStack Virtual) is no finding.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE.md).' },
      ],
    },
  },
  forbid(
    ['src/logs/**'],
    ['providers', 'features', 'app', 'components', 'server'],
    'src/logs is the pure domain: it imports nothing else of src.',
  ),
  forbid(
    ['src/providers/**'],
    ['features', 'app', 'components', 'server'],
    'Adapters are pure: they may use src/logs only.',
  ),
  forbid(
    ['src/components/**'],
    ['features', 'app', 'server', 'providers'],
    'Shared UI primitives know no feature, provider or server.',
  ),
  forbid(['src/app/**'], ['server'], 'Browser code never imports src/server.'),
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['ag-grid-*'], message: 'AG Grid is the benchmark peer only, never shipped.' }],
        },
      ],
    },
  },
  {
    ...forbid(
      ['src/server/**'],
      ['providers', 'features', 'app', 'components'],
      'The server is Node only and imports only pure domain types from src/logs.',
    ),
    ignores: ['src/server/first-screen/**'],
  },
  forbid(
    ['src/server/first-screen/**'],
    ['features', 'app', 'components'],
    "The first screen plans the browser's requests with the pure codec (src/logs) and adapters (src/providers) only.",
  ),
  ...features.map((feature) =>
    forbid(
      [`src/features/${feature}/**`],
      ['app', 'server', ...features.filter((f) => f !== feature)],
      'A feature never imports another feature, the app shell or the server.',
    ),
  ),
  {
    files: ['vite.config.ts', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-syntax': 'off' },
  },
);
