import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductionServer } from '../../../src/server/production-server.ts';
import { startFakeUpstream, type FakeUpstream } from '../fake-upstream.ts';
import { send } from '../http-client.ts';
import { embeddedEngine, postgresEngine } from './engines.ts';
import { as, SECRET, startTeamServer } from './team-server.ts';

const engines = [embeddedEngine(), postgresEngine()];
let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
});
afterAll(async () => {
  await upstream?.close();
  await Promise.all(engines.map((engine) => engine.stop()));
});

interface View {
  id: string;
  name: string;
  url: string;
  owner: string;
  shared: boolean;
  createdAt: string;
  updatedAt: string;
}
interface AuditPage {
  entries: {
    at: string;
    user: string;
    action: string;
    source: string | null;
    logId: string | null;
    client: string | null;
  }[];
  nextCursor: string | null;
}

describe.each(engines)('team endpoints on the $name database', (engine) => {
  let server: ProductionServer;
  let base: string;
  beforeAll(async () => {
    server = await startTeamServer(engine, upstream.url);
    base = server.url;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('GET /api/me names the user, their groups (config and proxy), admin and the sources they may see', async () => {
    expect((await as(base, 'asha', '/api/me')).json).toEqual({
      user: 'asha',
      groups: ['collections'],
      admin: false,
      sources: ['collections', 'open'],
    });
    expect((await as(base, 'ravi', '/api/me')).json).toEqual({
      user: 'ravi',
      groups: [],
      admin: false,
      sources: ['sales', 'open'],
    });
    expect((await as(base, 'mina', '/api/me', { groups: 'sales, qa' })).json).toEqual({
      user: 'mina',
      groups: ['qa', 'sales'],
      admin: false,
      sources: ['sales', 'open'],
    });
    expect((await as(base, 'lead', '/api/me')).json).toEqual({
      user: 'lead',
      groups: ['platform'],
      admin: true,
      sources: ['collections', 'sales', 'open'],
    });
    expect((await as(base, 'zoe', '/api/me', { groups: 'platform' })).json).toMatchObject({ admin: true });
  });

  it('a source a user may not see is absent from /api/sources and its proxy path is 403 source_forbidden', async () => {
    const ids = (response: { json: unknown }) => (response.json as { id: string }[]).map((s) => s.id);
    expect(ids(await as(base, 'asha', '/api/sources'))).toEqual(['collections', 'open']);
    expect(ids(await as(base, 'ravi', '/api/sources'))).toEqual(['sales', 'open']);
    const before = upstream.received.length;
    const refused = await as(base, 'ravi', '/api/sources/collections/api/v1/logs?page=1');
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ error: 'source_forbidden', source: 'collections' });
    expect(upstream.received.length).toBe(before); // nothing went upstream
    expect((await as(base, 'ravi', '/api/sources/collections/api/v1/recordings/x-1')).status).toBe(403);
    expect((await as(base, 'ravi', '/api/sources/sales/api/v1/logs?page=1')).status).toBe(200);
    expect((await as(base, 'lead', '/api/sources/collections/api/v1/logs?page=1')).status).toBe(200);
  });

  it('writes need same-origin JSON: no Origin, another origin or a form body is 403', async () => {
    const body = JSON.stringify({ name: 'x', url: '/logs?source=open' });
    const attempts = [
      { 'x-forwarded-user': 'asha', 'content-type': 'application/json' },
      { 'x-forwarded-user': 'asha', 'content-type': 'application/json', origin: 'http://evil.example' },
      { 'x-forwarded-user': 'asha', 'content-type': 'text/plain', origin: base },
      { 'x-forwarded-user': 'asha', 'content-type': 'application/x-www-form-urlencoded', origin: base },
    ];
    for (const headers of attempts) {
      const response = await send(base, '/api/views', { method: 'POST', headers, body });
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    expect((await as(base, 'asha', '/api/views')).json).toEqual([]);
  });

  it('saved views: create, share, list by rights, rename, conflict notice, delete', async () => {
    const created = await as(base, 'asha', '/api/views', {
      method: 'POST',
      json: {
        name: 'Failed WhatsApp — this week',
        url: '/logs?source=collections&channel=whatsapp&status=failed',
        shared: true,
      },
    });
    expect(created.status).toBe(201);
    const view = created.json as View;
    expect(view).toMatchObject({ owner: 'asha', shared: true, name: 'Failed WhatsApp — this week' });
    const open = (
      await as(base, 'ravi', '/api/views', {
        method: 'POST',
        json: { name: 'Open', url: '/logs?source=open', shared: true },
      })
    ).json as View;
    expect((await as(base, 'ravi', '/api/views')).json).toEqual([open]); // not asha's: collections is not his
    expect(((await as(base, 'lead', '/api/views')).json as View[]).map((v) => v.name)).toEqual([
      'Failed WhatsApp — this week',
      'Open',
    ]);
    // ravi cannot reach it by id either, nor can he rename it.
    expect(
      (await as(base, 'ravi', `/api/views/${view.id}`, { method: 'PATCH', json: { name: 'mine' } })).status,
    ).toBe(404);
    // asha renames; lead, on the version he loaded, renames too: the later write wins and asha is told.
    const renamed = await as(base, 'asha', `/api/views/${view.id}`, {
      method: 'PATCH',
      json: { name: 'Failed WA', updatedAt: view.updatedAt },
    });
    expect(renamed.json).toMatchObject({ name: 'Failed WA' });
    const later = await as(base, 'lead', `/api/views/${view.id}`, {
      method: 'PATCH',
      json: { name: 'Failed WhatsApp', updatedAt: view.updatedAt },
    });
    expect(later.json).toMatchObject({ name: 'Failed WhatsApp' });
    expect((await as(base, 'asha', '/api/views/notices')).json).toEqual([
      expect.objectContaining({ viewId: view.id, by: 'lead', change: 'changed' }),
    ]);
    expect((await as(base, 'asha', '/api/views/notices')).json).toEqual([]);
    const bad = await as(base, 'asha', '/api/views', {
      method: 'POST',
      json: { name: '', url: 'javascript:alert(1)' },
    });
    expect(bad.status).toBe(400);
    expect((bad.json as { message: string }).message).toMatch(/name.*url|url.*name/s);
    expect((await as(base, 'asha', `/api/views/${view.id}`, { method: 'DELETE', json: {} })).status).toBe(
      204,
    );
    expect((await as(base, 'lead', '/api/views')).json).toEqual([open]);
    expect((await as(base, 'asha', '/api/views/not-a-uuid', { method: 'DELETE', json: {} })).status).toBe(
      404,
    );
  });

  it('the audit trail records sign-in, a recording played, a refusal; only admins read it', async () => {
    const played = await as(base, 'asha', '/api/sources/collections/api/v1/recordings/call-77', {
      headers: { range: 'bytes=0-99', 'x-switchboard-page': '/logs?source=collections&log=call-77' },
    });
    expect(played.status).toBe(206);
    // The player asks again for other ranges: still one entry.
    await as(base, 'asha', '/api/sources/collections/api/v1/recordings/call-77', {
      headers: { range: 'bytes=100-199' },
    });
    await as(base, 'ravi', '/api/sources/collections/api/v1/transcripts/call-77');
    expect((await as(base, 'asha', '/api/audit')).status).toBe(403);

    const read = async (query: string) => (await as(base, 'lead', `/api/audit${query}`)).json as AuditPage;
    const recordings = await read('?user=asha&action=recording.streamed');
    expect(recordings.entries).toEqual([
      expect.objectContaining({
        user: 'asha',
        action: 'recording.streamed',
        source: 'collections',
        logId: 'call-77',
        url: '/logs?source=collections&log=call-77',
        client: '127.0.0.1',
      }),
    ]);
    expect(Date.now() - Date.parse(recordings.entries[0]?.at ?? '')).toBeLessThan(10 * 60_000);
    expect((await read('?user=ravi&action=access.refused')).entries[0]).toMatchObject({
      source: 'collections',
    });
    expect((await read('?user=asha&action=sign_in')).entries).toHaveLength(1);
    expect((await read('?action=view.shared&user=asha')).entries).toHaveLength(1);
    expect((await read('?user=asha&action=access.refused')).entries).toHaveLength(1); // the /api/audit attempt
    const first = await read('?limit=2');
    expect(first.entries).toHaveLength(2);
    const next = await read(`?limit=2&cursor=${first.nextCursor ?? ''}`);
    expect((next.entries[0]?.at ?? 'z') <= (first.entries[1]?.at ?? '')).toBe(true);
    expect((await as(base, 'lead', '/api/audit?since=yesterday')).status).toBe(400);
    expect((await as(base, 'lead', '/api/audit?action=x&action=y')).status).toBe(400);
    const refusedDelete = await as(base, 'lead', '/api/audit', { method: 'DELETE', json: {} });
    expect(refusedDelete.status, refusedDelete.text).toBe(405);
  });

  it('no response of the team endpoints carries a credential', async () => {
    for (const path of ['/api/me', '/api/views', '/api/audit', '/api/sources']) {
      expect((await as(base, 'lead', path)).text).not.toContain(SECRET);
    }
  });
});

describe('two server instances sharing one PostgreSQL database', () => {
  const engine = engines[1] ?? postgresEngine();
  it('a view shared on one instance is listed by the other, and both write one audit trail', async () => {
    const settings = await engine.settings();
    const [one, two] = await Promise.all([
      startTeamServer(engine, upstream.url, { settings }),
      startTeamServer(engine, upstream.url, { settings }),
    ]);
    try {
      const view = (
        await as(one.url, 'asha', '/api/views', {
          method: 'POST',
          json: { name: 'Shared', url: '/logs?source=open', shared: true },
        })
      ).json as View;
      expect((await as(two.url, 'ravi', '/api/views')).json).toEqual([view]);
      await as(two.url, 'asha', '/api/sources/collections/api/v1/recordings/r-2', {
        headers: { range: 'bytes=0-9' },
      });
      await one.runtime.team.audit.flush();
      await two.runtime.team.audit.flush();
      const trail = (await as(one.url, 'lead', '/api/audit?user=asha')).json as AuditPage;
      expect(trail.entries.map((e) => e.action).sort()).toEqual([
        'recording.streamed',
        'sign_in',
        'sign_in',
        'view.created',
        'view.shared',
      ]);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
