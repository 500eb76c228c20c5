import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductionServer } from '../../src/server/production-server.ts';
import { startFakeUpstream, type FakeUpstream } from '../server/fake-upstream.ts';
import { embeddedEngine } from '../server/team/engines.ts';
import { as, SECRET, sendBody, startTeamServer } from '../server/team/team-server.ts';

/** Inputs per endpoint: the figure the issue asks for (each a real HTTP request to the production server). */
const RUNS = 300;

let upstream: FakeUpstream;
let server: ProductionServer;
let base: string;
let viewId: string;
beforeAll(async () => {
  upstream = await startFakeUpstream();
  server = await startTeamServer(embeddedEngine(), upstream.url);
  base = server.url;
  const made = await as(base, 'asha', '/api/views', {
    method: 'POST',
    json: { name: 'Seed', url: '/logs?source=collections', shared: true },
  });
  viewId = (made.json as { id: string }).id;
});
afterAll(async () => {
  await server?.close();
  await upstream?.close();
});

const users = fc.constantFrom('asha', 'ravi', 'lead', 'mina', 'zoe');
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '',
    ' ',
    '<script>alert(1)</script>',
    '//evil.example',
    'javascript:alert(1)',
    '/logs?source=collections',
    'ौ'.repeat(50),
  ),
);
const jsonValue = fc.oneof(fc.jsonValue(), text, fc.boolean(), fc.constant(null));
const viewBody = fc.oneof(
  fc.record({ name: jsonValue, url: jsonValue, shared: jsonValue }, { requiredKeys: [] }),
  fc.record({ name: text, url: text, shared: fc.boolean(), updatedAt: text }, { requiredKeys: [] }),
  fc.dictionary(fc.string(), jsonValue),
  jsonValue,
);
/** Raw bodies too: broken JSON, huge, or not JSON at all. */
const rawBody = fc.oneof(
  viewBody.map((value) => JSON.stringify(value)),
  fc.string(),
  fc.constant('{"name":'),
  fc.constant(JSON.stringify({ name: 'x'.repeat(70_000), url: '/logs' })),
);

function check(status: number, textBody: string, allowed: readonly number[]) {
  expect(allowed, `status ${status}: ${textBody.slice(0, 200)}`).toContain(status);
  expect(textBody).not.toContain(SECRET);
  if (status !== 204) expect(() => JSON.parse(textBody) as unknown).not.toThrow();
}

async function write(method: string, path: string, user: string, body: string) {
  return sendBody(base, path, {
    method,
    headers: { 'x-forwarded-user': user, origin: base, 'content-type': 'application/json' },
    body,
  });
}

describe(`fuzzed inputs of the team endpoints (${RUNS} per endpoint)`, () => {
  it('POST /api/views answers 201, 400, 409 or 413, never a server error', async () => {
    await fc.assert(
      fc.asyncProperty(users, rawBody, async (user, body) => {
        const response = await write('POST', '/api/views', user, body);
        check(response.status, response.text, [201, 400, 409, 413]);
      }),
      { numRuns: RUNS },
    );
  });

  it('PATCH /api/views/:id answers 200, 400, 403, 404 or 413 for any id and body', async () => {
    const ids = fc.oneof(
      fc.constant(() => viewId),
      fc.string().map((s) => () => encodeURIComponent(s) || 'x'),
      fc.uuid().map((s) => () => s),
    );
    await fc.assert(
      fc.asyncProperty(users, ids, rawBody, async (user, id, body) => {
        const response = await write('PATCH', `/api/views/${id()}`, user, body);
        check(response.status, response.text, [200, 400, 403, 404, 413]);
        if (response.status === 200) expect(JSON.parse(response.text)).toHaveProperty('owner', 'asha');
      }),
      { numRuns: RUNS },
    );
  });

  it('DELETE /api/views/:id answers 204, 400, 403 or 404, and only the owner or an admin deletes', async () => {
    await fc.assert(
      fc.asyncProperty(
        users,
        fc.oneof(
          fc.uuid(),
          fc.string().map((s) => encodeURIComponent(s) || 'x'),
        ),
        rawBody,
        async (user, id, body) => {
          const response = await write('DELETE', `/api/views/${id}`, user, body);
          check(response.status, response.text, [204, 400, 403, 404, 413]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('GET /api/audit answers 200 or 400 to admins and 403 to others, whatever the query', async () => {
    const key = fc.constantFrom('user', 'action', 'source', 'since', 'until', 'cursor', 'limit', 'other');
    const query = fc.array(
      fc.tuple(
        key,
        fc.oneof(
          text,
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.integer().map(String),
        ),
      ),
      { maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(users, query, async (user, pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const response = await as(base, user, `/api/audit?${search}`);
        check(response.status, response.text, user === 'lead' ? [200, 400] : [403]);
      }),
      { numRuns: RUNS },
    );
  });

  it('GET /api/me and /api/views answer for any user and group names the proxy sends, never leaking a private view', async () => {
    const header = fc.string({ unit: fc.constantFrom(...'abcdefghij ,:-_.@ASHA'.split('')), maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(header, header, async (user, groups) => {
        const me = await as(base, user, '/api/me', { groups });
        check(me.status, me.text, user.trim() ? [200] : [403]);
        const views = await as(base, user, '/api/views', { groups });
        check(views.status, views.text, user.trim() ? [200] : [403]);
        if (views.status === 200) {
          for (const view of views.json as { owner: string; shared: boolean }[]) {
            expect(view.shared || view.owner === user.trim()).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
