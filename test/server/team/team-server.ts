import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Env } from '../../../src/server/env.ts';
import { startProductionServer, type ProductionServer } from '../../../src/server/production-server.ts';
import { send, type RawResponse } from '../http-client.ts';
import { recordingLogger, writeConfig } from '../switchboard-harness.ts';
import type { Engine } from './engines.ts';

export const SECRET = 'tp-team-secret-token';

/** Three timepay sources on one upstream: `collections` (group), `sales` (user + proxy group), `open` (everyone). */
export function teamConfig(upstream: string): unknown {
  const source = (id: string, access?: string[]) => ({
    id,
    provider: 'timepay',
    baseUrl: upstream,
    credentials: { token: SECRET },
    ...(access ? { access } : {}),
  });
  return {
    groups: { collections: ['asha'], platform: ['lead'] },
    admins: ['group:platform'],
    sources: [
      source('collections', ['group:collections']),
      source('sales', ['ravi', 'group:sales']),
      source('open'),
    ],
  };
}

export const PROXY_AUTH: Env = {
  SWITCHBOARD_TRUSTED_USER_HEADER: 'X-Forwarded-User',
  SWITCHBOARD_TRUSTED_GROUPS_HEADER: 'X-Forwarded-Groups',
  SWITCHBOARD_TRUSTED_PROXIES: '127.0.0.1',
};

function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'switchboard-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Switchboard</title>');
  return dist;
}

/** The production server on `engine`'s database, behind the trusted-proxy headers (as oauth2-proxy sends them). */
export async function startTeamServer(
  engine: Engine,
  upstream: string,
  options: { settings?: { databaseUrl: string | null; dataDir: string }; env?: Env } = {},
): Promise<ProductionServer> {
  const settings = options.settings ?? (await engine.settings());
  return startProductionServer({
    port: 0,
    env: {
      SWITCHBOARD_CONFIG: writeConfig(teamConfig(upstream)),
      ...PROXY_AUTH,
      ...(settings.databaseUrl ? { SWITCHBOARD_DATABASE_URL: settings.databaseUrl } : {}),
      SWITCHBOARD_DATA_DIR: settings.dataDir,
      ...options.env,
    },
    cwd: mkdtempSync(join(tmpdir(), 'switchboard-')),
    distDir: fakeDist(),
    build: false,
    logger: recordingLogger(),
  });
}

/** A request as the reverse proxy forwards it for `user` (with `groups`), optionally a same-origin JSON write. */
export async function as(
  base: string,
  user: string,
  path: string,
  options: { method?: string; json?: unknown; groups?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse & { json: unknown }> {
  const host = new URL(base).host;
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  const response = await sendBody(base, path, {
    method: options.method ?? 'GET',
    headers: {
      'x-forwarded-user': user,
      ...(options.groups ? { 'x-forwarded-groups': options.groups } : {}),
      ...(body !== undefined ? { origin: `http://${host}`, 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    body,
  });
  let json: unknown = null;
  try {
    json = JSON.parse(response.text);
  } catch {
    json = null;
  }
  return { ...response, json };
}

/** `send` with a body. */
export function sendBody(
  base: string,
  path: string,
  options: { method: string; headers: Record<string, string>; body?: string | undefined },
): Promise<RawResponse> {
  // Node sends a DELETE body neither chunked nor sized unless told its length.
  const length =
    options.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(options.body)) };
  return send(base, path, {
    method: options.method,
    headers: { ...options.headers, ...length },
    ...(options.body !== undefined ? { body: options.body } : {}),
  });
}
