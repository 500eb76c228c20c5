import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../../src/server/config-error.ts';
import type { StartSandbox } from '../../src/server/runtime.ts';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';
import { send } from './http-client.ts';
import { startTestSwitchboard, type TestSwitchboard } from './switchboard-harness.ts';

const SANDBOX_TOKEN = 'sandbox-token-123';

/** A stand-in for the emulator: a real local upstream behind the sandbox's interface. */
function fakeSandbox() {
  const state = { upstream: null as FakeUpstream | null, closed: false, options: null as unknown };
  const start = vi.fn<StartSandbox>(async (options) => {
    state.options = options;
    const upstream = await startFakeUpstream();
    state.upstream = upstream;
    return {
      url: upstream.url,
      // Only timepay's stand-in is served here; the others' credentials are never used upstream.
      credentials: {
        timepay: { token: SANDBOX_TOKEN },
        salesfinity: { apiKey: 'sandbox-key' },
        unpod: { token: 'sandbox-unpod', orgHandle: 'sandbox-org', productId: 'unpod.dev' },
        convoso: { authToken: 'sandbox-convoso' },
      },
      faults: { latencyMs: 0, errorRate: 0, rateLimitRate: 0, retryAfterSec: 2 },
      requests: [],
      inFlight: [],
      close: async () => {
        state.closed = true;
        await upstream.close();
      },
    };
  });
  return { start, state };
}

const configured = {
  sources: [
    {
      id: 'collections',
      provider: 'timepay',
      baseUrl: 'https://api.agents.timepay.ai',
      credentials: { token: 'real' },
    },
  ],
};

let app: TestSwitchboard | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('createSwitchboard and the sandbox', () => {
  it('with no config, starts the sandbox and serves one source per sandbox provider through the proxy', async () => {
    const sandbox = fakeSandbox();
    app = await startTestSwitchboard({
      startSandbox: sandbox.start,
      env: { SWITCHBOARD_SANDBOX_NOW: '2026-01-17T00:00:00Z', SWITCHBOARD_SANDBOX_SEED: '7' },
    });
    expect(sandbox.start).toHaveBeenCalledOnce();
    expect(sandbox.state.options).toEqual({
      host: '127.0.0.1',
      port: 0,
      now: Date.parse('2026-01-17T00:00:00Z'),
      seed: 7,
    });
    expect(app.runtime.sandbox).toBeDefined();
    expect(app.runtime.sources).toEqual([
      {
        id: 'sandbox-timepay',
        provider: 'timepay',
        label: 'timepay.ai (sandbox)',
        timeZone: 'Asia/Kolkata',
        defaultCountry: 'IN',
        sandbox: true,
      },
      {
        id: 'sandbox-salesfinity',
        provider: 'salesfinity',
        label: 'Salesfinity (sandbox)',
        timeZone: 'UTC',
        defaultCountry: 'US',
        sandbox: true,
      },
      {
        id: 'sandbox-unpod',
        provider: 'unpod',
        label: 'unpod (sandbox)',
        timeZone: 'UTC',
        defaultCountry: 'IN',
        sandbox: true,
      },
      {
        id: 'sandbox-convoso',
        provider: 'convoso',
        label: 'Convoso (sandbox)',
        timeZone: 'America/Los_Angeles',
        defaultCountry: 'US',
        sandbox: true,
      },
    ]);
    const res = await send(app.url, '/api/sources/sandbox-timepay/api/v1/logs?type=call');
    expect(res.status).toBe(200);
    expect(sandbox.state.upstream?.received.at(-1)?.headers.authorization).toBe(`Bearer ${SANDBOX_TOKEN}`);
    const listing = await send(app.url, '/api/sources');
    expect(listing.text).not.toContain(SANDBOX_TOKEN);
  });

  it('with configured sources, does not start the sandbox', async () => {
    const sandbox = fakeSandbox();
    app = await startTestSwitchboard({ config: configured, startSandbox: sandbox.start });
    expect(sandbox.start).not.toHaveBeenCalled();
    expect(app.runtime.sandbox).toBeUndefined();
    expect(app.runtime.sources.map((s) => s.id)).toEqual(['collections']);
  });

  it('SWITCHBOARD_SANDBOX=1 adds the sandbox sources after the configured ones', async () => {
    const sandbox = fakeSandbox();
    app = await startTestSwitchboard({
      config: configured,
      startSandbox: sandbox.start,
      env: { SWITCHBOARD_SANDBOX: '1' },
    });
    expect(app.runtime.sources.map((s) => [s.id, s.sandbox])).toEqual([
      ['collections', false],
      ['sandbox-timepay', true],
      ['sandbox-salesfinity', true],
      ['sandbox-unpod', true],
      ['sandbox-convoso', true],
    ]);
  });

  it('SWITCHBOARD_SANDBOX=0 with no config serves no sources', async () => {
    const sandbox = fakeSandbox();
    app = await startTestSwitchboard({ startSandbox: sandbox.start, env: { SWITCHBOARD_SANDBOX: '0' } });
    expect(sandbox.start).not.toHaveBeenCalled();
    expect(app.runtime.sources).toEqual([]);
  });

  it('applies SWITCHBOARD_SANDBOX_LATENCY_MS to the sandbox’s live faults', async () => {
    const sandbox = fakeSandbox();
    app = await startTestSwitchboard({
      startSandbox: sandbox.start,
      env: { SWITCHBOARD_SANDBOX_LATENCY_MS: '250' },
    });
    expect(app.runtime.sandbox?.faults.latencyMs).toBe(250);
  });

  it('close() stops the sandbox, once however often it is called', async () => {
    const sandbox = fakeSandbox();
    const started = await startTestSwitchboard({ startSandbox: sandbox.start });
    await Promise.all([started.runtime.close(), started.runtime.close()]);
    expect(sandbox.state.closed).toBe(true);
    await started.close();
  });

  it('a configured id that the sandbox uses is an error, and the sandbox is stopped again', async () => {
    const sandbox = fakeSandbox();
    const config = { sources: [{ ...configured.sources[0], id: 'sandbox-timepay' }] };
    const started = startTestSwitchboard({
      config,
      startSandbox: sandbox.start,
      env: { SWITCHBOARD_SANDBOX: '1' },
    });
    await expect(started).rejects.toThrow(ConfigError);
    await expect(started).rejects.toThrow(
      'source "sandbox-timepay": id: reserved for the sandbox source (SWITCHBOARD_SANDBOX=1)',
    );
    expect(sandbox.state.closed).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT: expected an integer from 0 to 65535, got "eighty"'],
    [{ SWITCHBOARD_SANDBOX: 'maybe' }, 'SWITCHBOARD_SANDBOX: expected 1 or 0, got "maybe"'],
    [
      { SWITCHBOARD_SANDBOX_NOW: 'yesterday' },
      'SWITCHBOARD_SANDBOX_NOW: expected an ISO 8601 instant or epoch milliseconds, got "yesterday"',
    ],
  ])('rejects a bad environment %o by naming the variable', async (env, message) => {
    await expect(startTestSwitchboard({ env, startSandbox: fakeSandbox().start })).rejects.toThrow(message);
  });
});
