import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { ConfigError } from './config-error.ts';
import { configFileSchema, sourceEntrySchema } from './config-schema.ts';
import { readSettings, type Env } from './env.ts';
import { providerRoutes } from './provider-routes.ts';
import { buildSource, type ServerSource } from './server-source.ts';
import { substituteEnv, type MissingVariable } from './substitute-env.ts';
import { OPEN_TEAM, parseTeamConfig, type TeamConfig } from './team/team-config.ts';

export const DEFAULT_CONFIG_FILE = 'switchboard.config.json';

export interface LoadedConfig {
  /** The file read, or null when none was named and `./switchboard.config.json` is absent. */
  file: string | null;
  sources: ServerSource[];
  /** Groups, admins and per-source access (`team/`). */
  team: TeamConfig;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

function formatIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${formatPath([...path, key])}: unknown field`);
    }
    return [`${formatPath(path) || 'value'}: ${issue.message}`];
  });
}

function rawId(raw: object): string | null {
  const id = 'id' in raw ? raw.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : null;
}

/** How messages name a source: by its id when it has one, else by its position. */
function sourceName(raw: object, index: number): string {
  const id = rawId(raw);
  return id === null ? `sources[${index}]` : `source ${JSON.stringify(id)}`;
}

/** Validates one `sources[]` entry: problems (without the source's name) or the built source. */
function parseSource(raw: unknown, env: Env): { problems: string[]; source: ServerSource | null } {
  const missing: MissingVariable[] = [];
  const value = substituteEnv(raw, env, missing);
  const problems = missing.map(
    ({ path, name, empty }) => `${path}: environment variable ${name} is ${empty ? 'empty' : 'not set'}`,
  );
  const missingPaths = new Set(missing.map(({ path }) => path));
  const entry = sourceEntrySchema.safeParse(value);
  if (!entry.success) {
    // A field whose variable is missing already has its message; its placeholder value would only add noise.
    const structural = entry.error.issues.filter((issue) => !missingPaths.has(formatPath(issue.path)));
    return { problems: [...problems, ...formatIssues(structural)], source: null };
  }
  const { provider, credentials, access: _access, ...fields } = entry.data; // access: team/team-config.ts
  const routes = providerRoutes[provider];
  const checked = routes.credentials.safeParse(credentials);
  if (!checked.success) problems.push(...formatIssues(checked.error.issues, ['credentials']));
  if (problems.length > 0) return { problems, source: null };
  const source = buildSource({
    ...fields,
    provider,
    label: fields.label ?? fields.id,
    timeZone: fields.timeZone ?? routes.defaults.timeZone,
    defaultCountry: fields.defaultCountry ?? routes.defaults.defaultCountry,
    sandbox: false,
    credentials: checked.data,
  });
  return { problems: [], source };
}

/** Validates a parsed config file; throws one `ConfigError` listing every problem, each naming source and field. */
export function parseConfig(json: unknown, env: Env, file: string | null = null): ServerSource[] {
  const parsed = configFileSchema.safeParse(json);
  if (!parsed.success) throw new ConfigError(formatIssues(parsed.error.issues), file);
  const issues: string[] = [];
  const sources: ServerSource[] = [];
  const firstIndexById = new Map<string, number>();
  (parsed.data.sources ?? []).forEach((raw, index) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      issues.push(`sources[${index}]: must be an object`);
      return;
    }
    const { problems, source } = parseSource(raw, env);
    issues.push(...problems.map((problem) => `${sourceName(raw, index)}: ${problem}`));
    const id = rawId(raw);
    const first = id === null ? undefined : firstIndexById.get(id);
    if (id !== null && first !== undefined) {
      issues.push(
        `${sourceName(raw, index)} (sources[${index}]): id: duplicate, already used by sources[${first}]`,
      );
    } else if (id !== null) {
      firstIndexById.set(id, index);
    }
    if (source) sources.push(source);
  });
  if (issues.length > 0) throw new ConfigError(issues, file);
  return sources;
}

/** Reads `SWITCHBOARD_CONFIG` (or `./switchboard.config.json` if present); no file means no configured sources. */
export function loadConfig(options: { env: Env; cwd?: string }): LoadedConfig {
  const cwd = options.cwd ?? process.cwd();
  const named = readSettings(options.env).configPath;
  const file = resolve(cwd, named ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(file)) {
    if (named) throw new ConfigError([`SWITCHBOARD_CONFIG: file not found: ${file}`]);
    return { file: null, sources: [], team: OPEN_TEAM };
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError([`${file}: not valid JSON: ${reason}`], file);
  }
  const sources = parseConfig(json, options.env, file);
  return { file, sources, team: parseTeamConfig(json, options.env, file) };
}
