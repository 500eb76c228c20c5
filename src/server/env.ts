import { BlockList, isIP } from 'node:net';
import { ConfigError } from './config-error.ts';
import { readScaleSettings, type ScaleSettings } from './scale-settings.ts';
import { parseBasicAuth, type BasicAuthUser } from './password-hash.ts';

/** Environment variables as the server receives them; tests pass their own instead of `process.env`. */
export type Env = Readonly<Record<string, string | undefined>>;

/** The one place Switchboard reads the process environment (STYLE.md: one place for each thing). */
export function processEnv(): Env {
  return process.env;
}

/** `auto`: the sandbox runs when no source is configured; `on` (`SWITCHBOARD_SANDBOX=1`) adds it; `off` never. */
export type SandboxMode = 'auto' | 'on' | 'off';

export interface ServerSettings {
  port: number;
  host: string;
  /** `SWITCHBOARD_CONFIG`, or null to use `./switchboard.config.json` if present. */
  configPath: string | null;
  sandbox: SandboxMode;
  sandboxPort: number;
  /** The sandbox clock (epoch ms), for reproducible data and tests. */
  sandboxNow: number | undefined;
  sandboxSeed: number | undefined;
  sandboxLatencyMs: number | undefined;
  /** `SWITCHBOARD_SANDBOX_HOSTILE=1`: the sandbox puts XSS payloads into every string field it serves. */
  sandboxHostile: boolean;
  /** Request timeout: an upstream's headers, and a JSON body in full, must arrive within it. */
  upstreamTimeoutMs: number;
  /** Idle timeout: the longest silence from an upstream whose response has begun (recordings too). */
  upstreamIdleTimeoutMs: number;
  /** The largest JSON body the proxy passes on (recordings are exempt). */
  maxJsonBytes: number;
  /** Extra `Host` names the API answers besides localhost and IP addresses (`*` = any), against DNS rebinding. */
  allowedHosts: readonly string[];
  /** `SWITCHBOARD_BASIC_AUTH`: users and scrypt hashes who may open the dashboard, or null (no basic auth). */
  basicAuth: readonly BasicAuthUser[] | null;
  /** `SWITCHBOARD_TRUSTED_USER_HEADER` (lower case): the user an authenticating reverse proxy vouches for. */
  trustedUserHeader: string | null;
  /** `SWITCHBOARD_TRUSTED_PROXIES`: addresses and CIDR ranges whose `trustedUserHeader` is believed. */
  trustedProxies: BlockList;
  /** Budgets, cache, Redis (`scale-settings.ts`). */
  scale: ScaleSettings;
  /** `SWITCHBOARD_TRUSTED_GROUPS_HEADER` (lower case): the user's groups, comma-separated, from the same proxy. */
  trustedGroupsHeader: string | null;
  /** `SWITCHBOARD_DATABASE_URL` (`postgres://…`), or null for the embedded database. */
  databaseUrl: string | null;
  /** `SWITCHBOARD_DATA_DIR`: where the embedded database lives (default `./.switchboard`). */
  dataDir: string;
  /** `SWITCHBOARD_AUDIT_RETENTION_DAYS`: audit entries older than this are removed (default 365). */
  auditRetentionDays: number;
}

const DEFAULT_PORT = 8080;
const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_JSON_BYTES = 20 * 1024 * 1024;

export function integer(env: Env, name: string, min: number, max: number): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError([`${name}: expected an integer from ${min} to ${max}, got "${raw}"`]);
  }
  return value;
}

function instant(env: Env, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const value = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
  if (!Number.isFinite(value)) {
    throw new ConfigError([`${name}: expected an ISO 8601 instant or epoch milliseconds, got "${raw}"`]);
  }
  return value;
}

function sandboxMode(env: Env): SandboxMode {
  const raw = env.SWITCHBOARD_SANDBOX?.trim().toLowerCase();
  if (!raw) return 'auto';
  if (['1', 'true', 'yes', 'on'].includes(raw)) return 'on';
  if (['0', 'false', 'no', 'off'].includes(raw)) return 'off';
  throw new ConfigError([`SWITCHBOARD_SANDBOX: expected 1 or 0, got "${env.SWITCHBOARD_SANDBOX}"`]);
}

function flag(env: Env, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return false;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError([`${name}: expected 1 or 0, got "${env[name]}"`]);
}

function basicAuth(env: Env): BasicAuthUser[] | null {
  const raw = env.SWITCHBOARD_BASIC_AUTH?.trim();
  if (!raw) return null;
  try {
    return parseBasicAuth(raw);
  } catch (error) {
    throw new ConfigError([`SWITCHBOARD_BASIC_AUTH: ${(error as Error).message}`]);
  }
}

function trustedProxies(env: Env, header: string | null): BlockList {
  const list = new BlockList();
  const entries = (env.SWITCHBOARD_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (header && entries.length === 0) {
    throw new ConfigError([
      'SWITCHBOARD_TRUSTED_PROXIES: required with SWITCHBOARD_TRUSTED_USER_HEADER (the reverse proxy addresses, e.g. 127.0.0.1)',
    ]);
  }
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/');
    const family = isIP(address);
    const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
    if (family === 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
      throw new ConfigError([`SWITCHBOARD_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`]);
    }
    list.addSubnet(address, prefix, family === 6 ? 'ipv6' : 'ipv4');
  }
  return list;
}

function headerName(env: Env, name: string): string | null {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return null;
  if (!/^[a-z0-9-]+$/.test(raw) || ['authorization', 'cookie', 'host'].includes(raw)) {
    throw new ConfigError([`${name}: "${raw}" is not a usable header name`]);
  }
  return raw;
}

function trustedUserHeader(env: Env): string | null {
  return headerName(env, 'SWITCHBOARD_TRUSTED_USER_HEADER');
}

function trustedGroupsHeader(env: Env): string | null {
  const header = headerName(env, 'SWITCHBOARD_TRUSTED_GROUPS_HEADER');
  if (header && !trustedUserHeader(env)) {
    throw new ConfigError([
      'SWITCHBOARD_TRUSTED_GROUPS_HEADER: needs SWITCHBOARD_TRUSTED_USER_HEADER (groups are believed only with the user)',
    ]);
  }
  return header;
}

function databaseUrl(env: Env): string | null {
  const raw = env.SWITCHBOARD_DATABASE_URL?.trim();
  if (!raw) return null;
  let protocol = '';
  try {
    protocol = new URL(raw).protocol;
  } catch {
    // reported below, without echoing a value that may hold a password
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:') {
    throw new ConfigError(['SWITCHBOARD_DATABASE_URL: expected a postgres:// or postgresql:// URL']);
  }
  return raw;
}

/** Every setting the server takes from the environment, validated; throws `ConfigError` naming the variable. */
export function readSettings(env: Env): ServerSettings {
  return {
    port: integer(env, 'PORT', 0, 65_535) ?? DEFAULT_PORT,
    host: env.HOST?.trim() || DEFAULT_HOST,
    configPath: env.SWITCHBOARD_CONFIG?.trim() || null,
    sandbox: sandboxMode(env),
    sandboxPort: integer(env, 'SWITCHBOARD_SANDBOX_PORT', 0, 65_535) ?? 0,
    sandboxNow: instant(env, 'SWITCHBOARD_SANDBOX_NOW'),
    sandboxSeed: integer(env, 'SWITCHBOARD_SANDBOX_SEED', 0, 2 ** 32 - 1),
    sandboxLatencyMs: integer(env, 'SWITCHBOARD_SANDBOX_LATENCY_MS', 0, 60_000),
    sandboxHostile: flag(env, 'SWITCHBOARD_SANDBOX_HOSTILE'),
    upstreamTimeoutMs:
      integer(env, 'SWITCHBOARD_UPSTREAM_TIMEOUT_MS', 1, 600_000) ?? DEFAULT_UPSTREAM_TIMEOUT_MS,
    upstreamIdleTimeoutMs:
      integer(env, 'SWITCHBOARD_UPSTREAM_IDLE_TIMEOUT_MS', 1, 600_000) ?? DEFAULT_UPSTREAM_TIMEOUT_MS,
    maxJsonBytes: integer(env, 'SWITCHBOARD_MAX_JSON_BYTES', 1, 2 ** 30) ?? DEFAULT_MAX_JSON_BYTES,
    allowedHosts: [env.HOST, ...(env.SWITCHBOARD_ALLOWED_HOSTS ?? '').split(',')]
      .map((name) => name?.trim().toLowerCase() ?? '')
      .filter((name) => name !== ''),
    basicAuth: basicAuth(env),
    trustedUserHeader: trustedUserHeader(env),
    trustedProxies: trustedProxies(env, trustedUserHeader(env)),
    scale: readScaleSettings(env),
    trustedGroupsHeader: trustedGroupsHeader(env),
    databaseUrl: databaseUrl(env),
    dataDir: env.SWITCHBOARD_DATA_DIR?.trim() || '.switchboard',
    auditRetentionDays: integer(env, 'SWITCHBOARD_AUDIT_RETENTION_DAYS', 1, 36_500) ?? 365,
  };
}
