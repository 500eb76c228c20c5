import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from './http-client.ts';
import { startTestSwitchboard, type TestSwitchboard } from './switchboard-harness.ts';

/** The real emulator behind the real proxy: what `npm start` serves with no configuration. */
describe('with no configuration, the built-in sandbox is served through the proxy', () => {
  let app: TestSwitchboard;

  beforeAll(async () => {
    app = await startTestSwitchboard({ env: { SWITCHBOARD_SANDBOX_NOW: '2026-01-17T00:00:00Z' } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists the sandbox sources without their credentials', async () => {
    const res = await send(app.url, '/api/sources');
    expect(JSON.parse(res.text)).toContainEqual({
      id: 'sandbox-timepay',
      provider: 'timepay',
      label: 'timepay.ai (sandbox)',
      timeZone: 'Asia/Kolkata',
      defaultCountry: 'IN',
      sandbox: true,
    });
    const token = app.runtime.sandbox?.credentials.timepay.token;
    expect(token).toBeTruthy();
    expect(res.text).not.toContain(token);
  });

  it('answers a timepay logs page, authenticated by the proxy', async () => {
    const res = await send(app.url, '/api/sources/sandbox-timepay/api/v1/logs?type=call&page=1');
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text) as { success: boolean; data: unknown[] };
    expect(body.success).toBe(true);
    expect(body.data.length).toBeGreaterThan(0);
    const recorded = app.runtime.sandbox?.requests.at(-1);
    expect(recorded?.path).toBe('/api/v1/logs');
  });
});
