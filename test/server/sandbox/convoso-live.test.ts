// The Convoso emulator as the live API behaves (PROVIDERS.md, "What the live APIs really do":
// walmat/convoso-sdk, go-convoso, real rows in zhuohaoyang-dot/convoso_agent).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyQuery } from '../../../src/logs/log-query.ts';
import { resolveQuery } from '../../../src/logs/url-codec.ts';
import { convosoAdapter } from '../../../src/providers/convoso/index.ts';
import { formatPacific } from '../../../src/server/sandbox/emulators/convoso/pacific-time.ts';
import { requestOf } from '../../providers/request-of.ts';
import { NOW, startConvoso, type ConvosoHarness } from './convoso-harness.ts';

let cv: ConvosoHarness;
beforeAll(async () => {
  cv = await startConvoso(5000, 42, false);
});
afterAll(() => cv.close());

const source = {
  id: 'cc',
  provider: 'convoso',
  label: 'CC',
  timeZone: 'America/Los_Angeles',
  defaultCountry: 'US',
  sandbox: false,
} as const;
const total = async (q: string) =>
  Number((await cv.json(`/v1/log/retrieve?limit=1&${q}`)).body.data.total_found);

describe('Convoso emulator: live behaviour', () => {
  it('without bounds answers today only; an end alone starts at today 00:00 (account time)', async () => {
    const today = formatPacific(NOW).slice(0, 10);
    const all = await total('start_time=2000-01-01%2000:00:00&end_time=2099-12-31%2023:59:59');
    const todays = await total(`start_time=${today}%2000:00:00&end_time=${today}%2023:59:59`);
    expect(todays).toBeLessThan(all);
    expect(await total('')).toBe(todays);
    expect(await total('end_time=2099-12-31%2023:59:59')).toBe(
      await total(`start_time=${today}%2000:00:00&end_time=2099-12-31%2023:59:59`),
    );
  });

  it('so the adapter always sends explicit bounds: "any time" means every call, and its total', async () => {
    const q = resolveQuery({ ...emptyQuery, extra: {} }, NOW, 'UTC');
    const req = requestOf(convosoAdapter.listRequest(q, 1, source, null));
    const body = (await cv.json(`${req.path}?${new URLSearchParams(req.params).toString()}`)).body;
    expect(convosoAdapter.parseList(body, source).total).toBe(
      await total('start_time=2000-01-01%2000:00:00&end_time=2099-12-31%2023:59:59'),
    );
  });

  it('answers an unknown list, campaign, user or queue with its error code (HTTP 200), mapped to the filter', async () => {
    for (const [param, code, filter] of [
      ['list_id', 6002, 'x.list_id'],
      ['campaign_id', 6004, 'campaign'],
      ['user_id', 6006, 'agent'],
      ['queue_id', 6030, 'x.queue_id'],
    ] as const) {
      const res = await cv.get(`/v1/log/retrieve?${param}=999999999`);
      expect(res.status).toBe(200);
      const body: unknown = await res.json();
      expect(body).toMatchObject({ success: false, code });
      expect(convosoAdapter.errorInBody?.(body)?.fields).toEqual([{ filter, message: expect.any(String) }]);
    }
  });
});

describe('Convoso adapter: real status values', () => {
  it('maps NOCONT, CG, ERI, PDROP and DROP', async () => {
    const { mapStatus } = await import('../../../src/providers/convoso/outcomes.ts');
    expect(mapStatus('NOCONT')).toMatchObject({ status: 'no_contact', outcome: 'no_answer' });
    expect(mapStatus('CG')).toMatchObject({ status: 'failed', outcome: 'failed' });
    expect(mapStatus('ERI')).toMatchObject({ status: 'failed', outcome: 'failed' });
    expect(mapStatus('PDROP').status).toBe('failed');
    expect(mapStatus('DROP')).toMatchObject({ status: 'no_contact', outcome: 'cancelled' });
  });
});
