import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../../src/server/sandbox/index.ts';
import { hostileJson, isFormatted } from '../../../src/server/sandbox/hostile/hostile-json.ts';
import {
  HUGE_LENGTH,
  PAYLOADS,
  URL_PAYLOADS,
  hugePayload,
} from '../../../src/server/sandbox/hostile/payloads.ts';
import { readSettings } from '../../../src/server/env.ts';
import { createSwitchboard } from '../../../src/server/runtime.ts';
import type { SandboxOptions } from '../../../src/server/sandbox/index.ts';
import { tmpdir } from 'node:os';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const PAYLOAD_SET = new Set([...PAYLOADS, ...URL_PAYLOADS, hugePayload()]);

function strings(value: unknown, key = '', out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof value === 'string') out.push([key, value]);
  else if (Array.isArray(value)) for (const v of value) strings(v, key, out);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, k, out);
  return out;
}

describe('hostile payload list', () => {
  it('holds at least 50 distinct payloads covering the required families', () => {
    expect(new Set(PAYLOADS).size).toBe(PAYLOADS.length);
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
    const all = PAYLOADS.join('\n');
    for (const needle of [
      '<script>',
      'onerror=',
      'javascript:',
      'data:text/html',
      'vbscript:',
      '<svg',
      'srcdoc=',
      '{{',
      '${',
      'expression(',
      '](javascript:',
      '\u202E',
      '\u200B',
      'नमस्ते',
      '&lt;',
      '=HYPERLINK(',
      '__proto__',
    ]) {
      expect(all, needle).toContain(needle);
    }
    expect(hugePayload()).toHaveLength(HUGE_LENGTH);
  });

  it('every payload that can run script aims at the window.__pwned canary or a dialog', () => {
    const active = PAYLOADS.filter((p) => /<script|on[a-z]+=|javascript:|vbscript:|data:text\/html/i.test(p));
    expect(active.length).toBeGreaterThan(30);
    for (const p of active) {
      const decoded = p.includes(';base64,') ? Buffer.from(p.split(',')[1] ?? '', 'base64').toString() : p;
      expect(decoded, p).toMatch(/__pwned|alert\(|msgbox|evil\.example|javascript:\//);
    }
  });
});

describe('hostileJson', () => {
  const page = (n: number, size = 50) => ({
    success: true,
    data: Array.from({ length: size }, (_, i) => ({
      id: `log_${(n - 1) * size + i}`,
      type: 'call',
      start_time: '2026-11-20T10:00:00Z',
      duration: '42',
      to: '+919876543210',
      name: 'Priya Sharma',
      summary: 'Customer agreed to pay',
      recording_url: 'http://127.0.0.1:1/rec.wav',
      extracted_data: { note: 'ok', amount: '1200' },
      conversation: [
        { role: 'user', content: 'hi' },
        { role: 'bot', content: 'hello' },
      ],
    })),
    pagination: { page: String(n), next: 'http://127.0.0.1:1/logs?page=2' },
  });

  it('rotates every payload through every free-text field within the first pages', () => {
    const seen = new Map<string, Set<string>>();
    for (const n of [1, 2]) {
      const body = hostileJson(page(n), new URL(`http://x/logs?page=${n}`));
      for (const [key, value] of strings((body as { data: unknown }).data)) {
        if (!seen.has(key)) seen.set(key, new Set());
        seen.get(key)?.add(value);
      }
    }
    for (const key of ['name', 'summary', 'note', 'content']) {
      const got = seen.get(key) ?? new Set();
      const missing = PAYLOADS.filter((p) => !got.has(p) && !p.startsWith('\u0000HUGE'));
      expect(missing, key).toEqual([]);
    }
  });

  it('keeps ids, timestamps, numbers, phones and enums in most records, breaks them in a fraction', () => {
    const body = hostileJson(page(1), new URL('http://x/logs?page=1')) as {
      data: Array<Record<string, unknown>>;
    };
    const kept = body.data.filter((r) => r.id === `log_${body.data.indexOf(r)}` && r.type === 'call');
    expect(kept.length).toBeGreaterThanOrEqual(40);
    expect(kept.length).toBeLessThan(50);
    const broken = body.data.filter((r) => PAYLOAD_SET.has(String(r.start_time)));
    expect(broken.length).toBeGreaterThan(0);
    expect(isFormatted('to', '+919876543210')).toBe(true);
    expect(isFormatted('summary', 'Customer agreed')).toBe(false);
  });

  it('gives recording URLs javascript:/data:/vbscript: payloads in some records only; envelope URLs stay', () => {
    const body = hostileJson(page(1), new URL('http://x/logs?page=1')) as {
      data: Array<Record<string, unknown>>;
      pagination: { next: string };
    };
    const urls = body.data.map((r) => String(r.recording_url));
    const hostile = urls.filter((u) => /^\s*(java|vb)\S*script:|^data:|^&#|^\/\//i.test(u));
    expect(hostile.length).toBeGreaterThan(5);
    expect(urls.filter((u) => u.startsWith('http://127.0.0.1')).length).toBeGreaterThan(25);
    expect(body.pagination.next).toBe('http://127.0.0.1:1/logs?page=2');
  });

  it('writes own __proto__/constructor keys into some records without polluting Object.prototype', () => {
    const text = JSON.stringify(hostileJson(page(1), new URL('http://x/logs?page=1')));
    expect(text).toContain('"__proto__":{"polluted":"yes"');
    expect(text).toContain('"constructor":{"prototype"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('puts the 1 MiB payload in at most one field per response', () => {
    const text = JSON.stringify(hostileJson(page(1), new URL('http://x/logs?page=1')));
    expect(text.length).toBeLessThan(2 * HUGE_LENGTH);
  });
});

describe('SWITCHBOARD_SANDBOX_HOSTILE', () => {
  it('is read by readSettings, off by default, and rejects junk', () => {
    expect(readSettings({}).sandboxHostile).toBe(false);
    expect(readSettings({ SWITCHBOARD_SANDBOX_HOSTILE: '1' }).sandboxHostile).toBe(true);
    expect(() => readSettings({ SWITCHBOARD_SANDBOX_HOSTILE: 'maybe' })).toThrow(
      /SWITCHBOARD_SANDBOX_HOSTILE/,
    );
  });

  it('reaches startSandbox through the runtime (npm start)', async () => {
    const seen: SandboxOptions[] = [];
    const start = (options: SandboxOptions = {}) => {
      seen.push(options);
      return startSandbox({
        ...options,
        timepayCount: 50,
        salesfinityCount: 0,
        unpodCount: 0,
        convosoCount: 0,
      });
    };
    for (const env of [{ SWITCHBOARD_SANDBOX_HOSTILE: '1' }, {}]) {
      const runtime = await createSwitchboard({
        env,
        cwd: mkdtempSync(join(tmpdir(), 'switchboard-')),
        startSandbox: start,
        logger: { info() {}, warn() {} },
      });
      await runtime.close();
    }
    expect(seen.map((o) => o.hostile ?? false)).toEqual([true, false]);
  });
});

describe('startSandbox({ hostile: true }) serves payloads from every provider', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({
      now: NOW,
      hostile: true,
      timepayCount: 500,
      salesfinityCount: 300,
      unpodCount: 300,
      convosoCount: 300,
    });
  });
  afterAll(() => sandbox.close());

  const get = async (path: string, headers: Record<string, string> = {}): Promise<unknown> => {
    const res = await fetch(sandbox.url + path, { headers });
    expect(res.status, path).toBe(200);
    return res.json();
  };

  it.each([
    [
      'timepay',
      () => get('/api/v1/logs?page=1', { authorization: `Bearer ${sandbox.credentials.timepay.token}` }),
    ],
    [
      'salesfinity',
      () => get('/v1/call-log?page=1', { 'x-api-key': sandbox.credentials.salesfinity.apiKey }),
    ],
    [
      'unpod',
      () =>
        get('/api/v2/platform/call-logs/?page=1', {
          authorization: `Token ${sandbox.credentials.unpod.token}`,
          'org-handle': sandbox.credentials.unpod.orgHandle,
          'product-id': sandbox.credentials.unpod.productId,
        }),
    ],
    // Explicit bounds: without them Convoso (live) answers today only.
    [
      'convoso',
      () =>
        get(
          `/v1/log/retrieve?auth_token=${sandbox.credentials.convoso.authToken}&limit=100&start_time=2000-01-01%2000:00:00&end_time=2099-12-31%2023:59:59`,
        ),
    ],
  ])('%s: most string fields of a list page are payloads', async (_provider, fetchPage) => {
    const values = strings(await fetchPage());
    const hostile = values.filter(([, v]) => PAYLOAD_SET.has(v));
    expect(hostile.length).toBeGreaterThan(values.length / 5);
    expect(new Set(hostile.map(([, v]) => v)).size).toBeGreaterThan(15);
  });

  it('leaves the control endpoints alone', async () => {
    const quirks = strings(await get('/__sandbox/quirks'));
    expect(quirks.some(([, v]) => PAYLOAD_SET.has(v))).toBe(false);
  });
});
