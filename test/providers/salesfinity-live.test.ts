// Salesfinity as it really answers (PROVIDERS.md, "What the live APIs really do"), against the sandbox
// emulator over real HTTP: raw control characters inside strings, /v1/call-log/{id}, /v1/contact-lists/csv.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/logs/json-text.ts';
import { salesfinityAdapter as adapter } from '../../src/providers/salesfinity/index.ts';
import { startSalesfinity, type SalesfinityHarness } from '../server/sandbox/salesfinity-harness.ts';
import { configuredSource, query, valid } from './adapter-kit.ts';
import { requestOf } from './request-of.ts';

const source = configuredSource('salesfinity', {
  id: 'sales',
  label: 'Sales',
  timeZone: 'UTC',
  defaultCountry: 'US',
});

/** NUL, BEL or ESC: what the sandbox's transcriptions carry raw. */
const RAW_CONTROL = { test: (s: string) => [0, 7, 27].some((c) => s.includes(String.fromCharCode(c))) };

let sf: SalesfinityHarness;
beforeAll(async () => {
  sf = await startSalesfinity(3000);
});
afterAll(() => sf.close());

const url = (r: { path: string; params: Array<[string, string]> }) =>
  `${r.path}?${new URLSearchParams(r.params).toString()}`;

describe('salesfinity: live behaviour', () => {
  it('reads a page whose transcriptions carry raw control characters, and the record that carried them renders', async () => {
    let repaired = 0;
    for (let page = 1; page <= 6 && repaired === 0; page++) {
      const text = await (
        await sf.get(url(requestOf(adapter.listRequest(query(), page, source, null))))
      ).text();
      if (!RAW_CONTROL.test(text)) continue;
      const parsed = adapter.parseList(parseJsonText(text), source);
      expect(parsed.entries).toHaveLength(50);
      const carrier = parsed.entries.find(
        (e) =>
          !('kind' in e) && RAW_CONTROL.test(String((e.raw as { transcription?: unknown }).transcription)),
      );
      expect(valid(carrier).transcript).not.toBeNull();
      repaired++;
    }
    expect(repaired).toBe(1);
  });

  it('opens a pasted log= through GET /v1/call-log/{id}', async () => {
    const first = adapter.parseList(
      parseJsonText(
        await (await sf.get(url(requestOf(adapter.listRequest(query(), 1, source, null))))).text(),
      ),
      source,
    ).entries[0];
    const id = valid(first).id;
    const [request] = adapter.lookupRequests?.(id) ?? [];
    expect(request).toEqual({ path: `/v1/call-log/${id}`, params: [] });
    const res = await sf.get(url(request!));
    expect(res.status).toBe(200);
    const found = adapter.parseLookup?.(parseJsonText(await res.text()), source);
    expect(found?.id).toBe(id);
    expect(found?.startedAt).toBe(valid(first).startedAt);
  });

  it('fills the contact-list picker from /v1/contact-lists/csv', async () => {
    const request = adapter.options.campaign!.request('');
    expect(request.path).toBe('/v1/contact-lists/csv');
    const options = adapter.options.campaign!.parse(await (await sf.get(url(request))).json());
    expect(options).toHaveLength(10);
    expect(options[0]?.description).toMatch(/^\d+ contacts$/);
  });
});
