// `GET /api/sources/:id/check` and `npm run check-sources` against the real sandbox over HTTP: a config
// with a wrong unpod handle, an unreachable timepay organisation, a refused Convoso token and a working
// Salesfinity key fails with one clear line per problem; the sandbox's own credentials pass.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/server/sandbox/index.ts';
import type { Sandbox } from '../../src/server/sandbox/types.ts';
import { startTestSwitchboard, writeConfig } from './switchboard-harness.ts';

const run = promisify(execFile);
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox({
    now: Date.UTC(2026, 0, 20, 12),
    timepayCount: 300,
    salesfinityCount: 300,
    unpodCount: 300,
    convosoCount: 300,
  });
});
afterAll(() => sb.close());

function config(broken: boolean): unknown {
  const c = sb.credentials;
  const baseUrl = new URL(sb.url).origin;
  return {
    sources: [
      {
        id: 'collections',
        provider: 'timepay',
        baseUrl,
        credentials: { token: c.timepay.token, orgId: broken ? 'org_missing' : (c.timepay.orgId ?? '') },
      },
      { id: 'sales', provider: 'salesfinity', baseUrl, credentials: { apiKey: c.salesfinity.apiKey } },
      {
        id: 'voicebot',
        provider: 'unpod',
        baseUrl,
        credentials: { token: c.unpod.token, orgHandle: broken ? 'acme-typo' : c.unpod.orgHandle },
      },
      {
        id: 'callcenter',
        provider: 'convoso',
        baseUrl,
        credentials: { authToken: broken ? 'refused-token' : c.convoso.authToken },
      },
    ],
  };
}

async function checkSources(file: string): Promise<{ code: number; lines: string[] }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/server/check-sources.ts'], {
      env: { ...process.env, SWITCHBOARD_CONFIG: file },
      timeout: 60_000,
    });
    return { code: 0, lines: stdout.trim().split('\n') };
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    return { code: e.code ?? -1, lines: (e.stdout ?? '').trim().split('\n') };
  }
}

describe('npm run check-sources', () => {
  it('exits 1 with one clear line per problem, naming the setting to change', async () => {
    const { code, lines } = await checkSources(writeConfig(config(true)));
    expect(code).toBe(1);
    const failures = lines.filter((l) => l.startsWith('FAIL'));
    expect(failures).toHaveLength(3);
    expect(failures.find((l) => l.includes('collections'))).toMatch(/organisation: .*credentials\.orgId/);
    expect(failures.find((l) => l.includes('voicebot'))).toMatch(/"acme-typo".*credentials\.orgHandle/);
    expect(failures.find((l) => l.includes('callcenter'))).toMatch(/credentials\.authToken/);
    expect(lines.filter((l) => l.includes('sales:'))).toEqual(['ok   sales: 4 checks passed']);
  }, 90_000);

  it('exits 0 on a correct config', async () => {
    const { code, lines } = await checkSources(writeConfig(config(false)));
    expect(lines.filter((l) => l.startsWith('FAIL'))).toEqual([]);
    expect(code).toBe(0);
  }, 90_000);
});

describe('GET /api/sources/:id/check', () => {
  it('answers { source, ok, checks[{ name, status, message }] } for each source', async () => {
    const sw = await startTestSwitchboard({ config: config(true) });
    try {
      const bad = await (await fetch(`${sw.url}/api/sources/voicebot/check`)).json();
      expect(bad).toMatchObject({ source: 'voicebot', ok: false });
      expect((bad as { checks: unknown[] }).checks).toContainEqual({
        name: 'organisation',
        status: 'fail',
        message: expect.stringMatching(/credentials\.orgHandle/),
      });
      const good = (await (await fetch(`${sw.url}/api/sources/sales/check`)).json()) as {
        ok: boolean;
        checks: Array<{ status: string }>;
      };
      expect(good.ok).toBe(true);
      expect(good.checks.every((c) => ['pass', 'warn', 'fail'].includes(c.status))).toBe(true);
      expect((await fetch(`${sw.url}/api/sources/nope/check`)).status).toBe(404);
    } finally {
      await sw.close();
    }
  });
});
