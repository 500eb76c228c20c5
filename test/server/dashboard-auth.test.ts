import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/server/config-error.ts';
import { readSettings, type Env } from '../../src/server/env.ts';
import { hashPassword, verifyPassword } from '../../src/server/password-hash.ts';
import {
  PROJECT_ROOT,
  startProductionServer,
  type ProductionServer,
} from '../../src/server/production-server.ts';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';
import { send } from './http-client.ts';
import { recordingLogger, writeConfig, type RecordingLogger } from './switchboard-harness.ts';

const PASSWORD = 'correct horse battery';
const HASH = hashPassword(PASSWORD);

function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'switchboard-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Switchboard</title>');
  writeFileSync(join(dist, 'assets', 'app-1.js'), 'console.log(1)');
  return dist;
}

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

let upstream: FakeUpstream;
const servers: ProductionServer[] = [];

async function start(env: Env): Promise<{ server: ProductionServer; logger: RecordingLogger }> {
  const logger = recordingLogger();
  const config = writeConfig({
    sources: [{ id: 'tp', provider: 'timepay', baseUrl: upstream.url, credentials: { token: 'tp-secret' } }],
  });
  const server = await startProductionServer({
    port: 0,
    env: { SWITCHBOARD_CONFIG: config, ...env },
    cwd: mkdtempSync(join(tmpdir(), 'switchboard-')),
    distDir: fakeDist(),
    logger,
  });
  servers.push(server);
  return { server, logger };
}

beforeAll(async () => {
  upstream = await startFakeUpstream();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await upstream?.close();
});

beforeEach(() => {
  upstream.received.length = 0;
});

const PROTECTED = [
  '/',
  '/logs?phone=%2B919876543210',
  '/assets/app-1.js',
  '/api/sources',
  '/api/sources/tp/api/v1/logs',
];

describe('HTTP basic auth (SWITCHBOARD_BASIC_AUTH)', () => {
  let server: ProductionServer;
  let logger: RecordingLogger;
  beforeAll(async () => {
    ({ server, logger } = await start({
      SWITCHBOARD_BASIC_AUTH: `alice:${HASH}, bob:${hashPassword('other pass 2')}`,
    }));
  });

  const refused = [
    ['no credentials', {}],
    ['a wrong password', { authorization: basic('alice', 'wrong') }],
    ['an unknown user', { authorization: basic('mallory', PASSWORD) }],
    ['another user’s password', { authorization: basic('bob', PASSWORD) }],
    ['the hash itself as password', { authorization: basic('alice', HASH) }],
    ['an empty password', { authorization: basic('alice', '') }],
    ['a Bearer token', { authorization: 'Bearer abc' }],
    ['undecodable Basic', { authorization: 'Basic !!!' }],
  ] as const;

  describe.each(PROTECTED)('%s', (path) => {
    it.each(refused)('refuses %s: 401 with a Basic challenge, nothing proxied', async (_name, headers) => {
      const res = await send(server.url, path, { headers });
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Basic realm="Switchboard", charset="UTF-8"');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.text).not.toContain('Switchboard</title>');
      expect(upstream.received).toHaveLength(0);
    });

    it('serves it to alice with her password', async () => {
      const res = await send(server.url, path, { headers: { authorization: basic('alice', PASSWORD) } });
      expect(res.status).toBe(200);
    });
  });

  it('keeps /healthz open', async () => {
    const res = await send(server.url, '/healthz');
    expect(res.status).toBe(200);
    expect(res.text).toBe('ok');
  });

  it('never sends the dashboard credentials upstream, and logs the user but not the password', async () => {
    await send(server.url, '/api/sources/tp/api/v1/logs?phone=%2B919876543210', {
      headers: { authorization: basic('bob', 'other pass 2') },
    });
    expect(upstream.received.at(-1)?.headers.authorization).toBe('Bearer tp-secret');
    await expect.poll(() => logger.lines.some((line) => line.includes('user=bob'))).toBe(true);
    const log = logger.lines.join('\n');
    expect(log).not.toContain('other pass 2');
    expect(log).not.toContain(PASSWORD);
    expect(log).not.toContain('9876543210');
  });
});

describe('a trusted header from an authenticating reverse proxy', () => {
  it('accepts the header from a trusted proxy address', async () => {
    const { server, logger } = await start({
      SWITCHBOARD_TRUSTED_USER_HEADER: 'X-Remote-User',
      SWITCHBOARD_TRUSTED_PROXIES: '127.0.0.0/8, ::1',
    });
    const res = await send(server.url, '/api/sources', { headers: { 'x-remote-user': 'carol@example.com' } });
    expect(res.status).toBe(200);
    await expect.poll(() => logger.lines.some((line) => line.includes('user=carol@example.com'))).toBe(true);
    const missing = await send(server.url, '/api/sources/tp/api/v1/logs');
    expect(missing.status).toBe(403);
    expect(upstream.received).toHaveLength(0);
    expect((await send(server.url, '/healthz')).status).toBe(200);
    await send(server.url, '/api/sources/tp/api/v1/logs', { headers: { 'x-remote-user': 'carol' } });
    expect(upstream.received.at(-1)?.headers['x-remote-user']).toBeUndefined();
  });

  it('ignores the header from any other address', async () => {
    const { server } = await start({
      SWITCHBOARD_TRUSTED_USER_HEADER: 'x-remote-user',
      SWITCHBOARD_TRUSTED_PROXIES: '192.0.2.10',
    });
    const res = await send(server.url, '/', { headers: { 'x-remote-user': 'admin' } });
    expect(res.status).toBe(403);
  });

  it('falls back to basic auth when both are set', async () => {
    const { server } = await start({
      SWITCHBOARD_TRUSTED_USER_HEADER: 'x-remote-user',
      SWITCHBOARD_TRUSTED_PROXIES: '192.0.2.10',
      SWITCHBOARD_BASIC_AUTH: `alice:${HASH}`,
    });
    const forged = await send(server.url, '/', { headers: { 'x-remote-user': 'admin' } });
    expect(forged.status).toBe(401);
    expect(forged.headers['www-authenticate']).toContain('Basic');
    const res = await send(server.url, '/', { headers: { authorization: basic('alice', PASSWORD) } });
    expect(res.status).toBe(200);
  });
});

describe('settings', () => {
  it.each([
    ['a plain-text password', { SWITCHBOARD_BASIC_AUTH: 'alice:hunter22' }, 'SWITCHBOARD_BASIC_AUTH'],
    ['no user', { SWITCHBOARD_BASIC_AUTH: HASH }, 'SWITCHBOARD_BASIC_AUTH'],
    [
      'a header without proxies',
      { SWITCHBOARD_TRUSTED_USER_HEADER: 'x-user' },
      'SWITCHBOARD_TRUSTED_PROXIES',
    ],
    [
      'a proxy that is no address',
      { SWITCHBOARD_TRUSTED_USER_HEADER: 'x-user', SWITCHBOARD_TRUSTED_PROXIES: 'proxy.local' },
      'SWITCHBOARD_TRUSTED_PROXIES',
    ],
    [
      'Authorization as the trusted header',
      { SWITCHBOARD_TRUSTED_USER_HEADER: 'authorization', SWITCHBOARD_TRUSTED_PROXIES: '::1' },
      'SWITCHBOARD_TRUSTED_USER_HEADER',
    ],
  ])('refuses %s, naming the variable and never echoing the password', (_name, env, variable) => {
    let error: unknown;
    try {
      readSettings(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String((error as ConfigError).issues)).toContain(variable);
    expect(String((error as ConfigError).issues)).not.toContain('hunter22');
  });

  it('hashes are salted scrypt: two hashes of one password differ, each verifies, a wrong password does not', async () => {
    const other = hashPassword(PASSWORD);
    expect(other).not.toBe(HASH);
    expect(HASH).toMatch(/^scrypt\.16384\.8\.1\./);
    expect(await verifyPassword(PASSWORD, HASH)).toBe(true);
    expect(await verifyPassword(PASSWORD, other)).toBe(true);
    expect(await verifyPassword(`${PASSWORD}x`, HASH)).toBe(false);
  });

  it('the documented command prints a user:hash entry from a password on stdin', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/hash-password.ts', 'dave'], {
      cwd: PROJECT_ROOT,
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stdin.end('s3cret passphrase\n');
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
    const [user, hash] = stdout.trim().split(/:(.*)/s);
    expect(user).toBe('dave');
    expect(await verifyPassword('s3cret passphrase', hash ?? '')).toBe(true);
    expect(readSettings({ SWITCHBOARD_BASIC_AUTH: stdout.trim() }).basicAuth).toEqual([
      { user: 'dave', hash },
    ]);
  });
});
