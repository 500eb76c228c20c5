import { ConfigError } from '../config-error.ts';
import { readSettings, type Env } from '../env.ts';

/** Who belongs to which group, who is an admin, who may see which source (DESIGN.md, "Team, storage and scale"). */
export interface TeamConfig {
  /** Config `"groups"`: group name → basic-auth (or proxy) user names. */
  groups: ReadonlyMap<string, readonly string[]>;
  /** Config `"admins"`: user names and `group:` names. */
  admins: readonly string[];
  /** Per source `"access"`: source id → user names and `group:` names; absent: every signed-in user. */
  access: ReadonlyMap<string, readonly string[]>;
}

export const OPEN_TEAM: TeamConfig = { groups: new Map(), admins: [], access: new Map() };

const NAME = /^[^\s,:][^\s,]{0,127}$/;
export const GROUP_PREFIX = 'group:';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads `"groups"`, `"admins"` and each source's `"access"` from a config file (whose sources already
 * passed `parseConfig`); throws one `ConfigError` naming every bad field. A `group:` name must be a config
 * group unless `SWITCHBOARD_TRUSTED_GROUPS_HEADER` is set (then the proxy may name groups the file does not).
 */
export function parseTeamConfig(json: unknown, env: Env, file: string | null = null): TeamConfig {
  const issues: string[] = [];
  const root = isRecord(json) ? json : {};
  const groups = new Map<string, string[]>();
  if (root.groups !== undefined && !isRecord(root.groups)) {
    issues.push('groups: must be an object of group name → list of user names');
  }
  for (const [name, members] of Object.entries(isRecord(root.groups) ? root.groups : {})) {
    if (!NAME.test(name)) issues.push(`groups.${name}: not a usable group name (no spaces, commas or ":")`);
    if (!Array.isArray(members) || members.some((m) => typeof m !== 'string' || !NAME.test(m))) {
      issues.push(`groups.${name}: must be a list of user names`);
    } else groups.set(name, members as string[]);
  }
  const headerGroups = readSettings(env).trustedGroupsHeader !== null;
  const entries = (value: unknown, field: string): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      issues.push(`${field}: must be a list of user names and "group:" names`);
      return [];
    }
    value.forEach((entry: unknown, index) => {
      const name = typeof entry === 'string' && entry.startsWith(GROUP_PREFIX) ? entry.slice(6) : entry;
      if (typeof name !== 'string' || !NAME.test(name)) {
        issues.push(`${field}[${index}]: ${JSON.stringify(entry)} is not a user name or "group:" name`);
      } else if (name !== entry && !groups.has(name) && !headerGroups) {
        issues.push(`${field}[${index}]: unknown group ${JSON.stringify(name)} (not in "groups")`);
      }
    });
    return value.filter((entry): entry is string => typeof entry === 'string');
  };
  const admins = entries(root.admins, 'admins');
  const access = new Map<string, string[]>();
  const sources = Array.isArray(root.sources) ? (root.sources as unknown[]) : [];
  sources.forEach((source, index) => {
    if (!isRecord(source) || source.access === undefined) return;
    const id = typeof source.id === 'string' ? source.id : `sources[${index}]`;
    access.set(id, entries(source.access, `source ${JSON.stringify(id)}: access`));
  });
  if (issues.length > 0) throw new ConfigError(issues, file);
  return { groups, admins, access };
}
