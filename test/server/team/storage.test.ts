import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseError } from '../../../src/server/db/database.ts';
import { migrate } from '../../../src/server/db/migrate.ts';
import { migrations } from '../../../src/server/db/migrations.ts';
import { openDatabase } from '../../../src/server/db/open-database.ts';
import {
  insertAuditEntries,
  pruneAudit,
  queryAudit,
  type NewAuditEntry,
} from '../../../src/server/team/audit-store.ts';
import type { Identity } from '../../../src/server/team/identity.ts';
import { createViewsService } from '../../../src/server/team/views-service.ts';
import { embeddedEngine, freshDatabase, postgresEngine } from './engines.ts';

const engines = [embeddedEngine(), postgresEngine()];
afterAll(async () => {
  await Promise.all(engines.map((engine) => engine.stop()));
});

const asha: Identity = { user: 'asha', groups: ['collections'], admin: false };
const ravi: Identity = { user: 'ravi', groups: ['sales'], admin: false };
const lead: Identity = { user: 'lead', groups: [], admin: true };
/** asha sees `collections`, ravi sees `sales`; the admin sees both. */
const maySee = (who: Identity, source: string) =>
  who.admin || (source === 'collections' ? who.user === 'asha' : who.user === 'ravi');

function entry(at: string, fields: Partial<NewAuditEntry> = {}): NewAuditEntry {
  return {
    at: new Date(at),
    user: 'asha',
    action: 'recording.streamed',
    source: 'collections',
    logId: 'log-1',
    url: null,
    client: '127.0.0.1',
    detail: null,
    ...fields,
  };
}

describe.each(engines)('storage on the $name engine', (engine) => {
  it('runs the migrations once and records their versions', async () => {
    const settings = await engine.settings();
    const db = await openDatabase(settings);
    expect(await migrate(db)).toEqual([]); // already applied at open
    const rows = await db.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(rows.map((r) => Number(r.version))).toEqual(migrations.map((m) => m.version));
    await db.close();
    // Reopening the same database applies nothing new.
    const again = await openDatabase(settings);
    expect(await migrate(again)).toEqual([]);
    await again.close();
  });

  it('a failing migration stops with its name and reason, and changes nothing', async () => {
    const broken = [
      ...migrations,
      {
        version: 2,
        name: 'add a table, then fail',
        statements: ['CREATE TABLE half_done (a int)', 'SELECT no_such_column FROM views'],
      },
    ];
    const settings = await engine.settings();
    const error = await openDatabase(settings, { migrations: broken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as Error).message).toMatch(
      /migration 2 \(add a table, then fail\) failed: .*no_such_column.*Nothing was changed/,
    );
    // Migration 1 was pending too: one transaction, so not even it was applied.
    const db = await openDatabase(settings, { migrations: [] });
    const tables = await db.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    expect(tables.map((t) => t.name)).toEqual(['schema_migrations']);
    expect(await db.query('SELECT * FROM schema_migrations')).toEqual([]);
    await db.close();
  });

  it('lists own views and shared views whose every source the user may see', async () => {
    const db = await freshDatabase(engine);
    const views = createViewsService(db, maySee);
    const own = await views.create(ravi, { name: 'Mine', url: '/logs?source=sales', shared: false });
    const shared = await views.create(asha, {
      name: 'Failed — this week',
      url: '/logs?source=collections&status=failed',
      shared: true,
    });
    const everywhere = await views.create(asha, {
      name: 'All sources',
      url: '/logs?source=all',
      shared: true,
    });
    const both = await views.create(asha, {
      name: 'Both',
      url: '/logs?source=collections&source=sales',
      shared: true,
    });
    const privateOne = await views.create(asha, {
      name: 'Private',
      url: '/logs?source=collections',
      shared: false,
    });
    expect([own, shared, everywhere, both, privateOne].every((o) => o.ok)).toBe(true);
    const names = async (who: Identity) => (await views.list(who)).map((v) => v.name);
    expect(await names(asha)).toEqual(['All sources', 'Both', 'Failed — this week', 'Private']);
    // ravi may not see `collections`: only his own view and the one naming no source in particular.
    expect(await names(ravi)).toEqual(['All sources', 'Mine']);
    // Admins see every shared view, never another user's private one.
    expect(await names(lead)).toEqual(['All sources', 'Both', 'Failed — this week']);
    const listed = (await views.list(asha))[0];
    expect(Object.keys(listed ?? {}).sort()).toEqual([
      'createdAt',
      'id',
      'name',
      'owner',
      'shared',
      'updatedAt',
      'url',
    ]);
    await db.close();
  });

  it('the later write wins and the user whose change it replaced is told once', async () => {
    const db = await freshDatabase(engine);
    const views = createViewsService(db, maySee);
    const created = await views.create(asha, { name: 'Queue', url: '/logs?source=all', shared: true });
    if (!created.ok) throw new Error(created.message);
    const seen = created.value.updatedAt; // both asha and the admin loaded this version
    const first = await views.update(asha, created.value.id, { name: 'Queue (asha)', updatedAt: seen });
    if (!first.ok) throw new Error(first.message);
    expect(first.value.updatedAt > seen).toBe(true);
    const second = await views.update(lead, created.value.id, { name: 'Queue (lead)', updatedAt: seen });
    expect(second.ok && second.value.name).toBe('Queue (lead)');
    const told = await views.notices(asha);
    expect(told).toEqual([
      expect.objectContaining({
        viewId: created.value.id,
        name: 'Queue (asha)',
        by: 'lead',
        change: 'changed',
      }),
    ]);
    expect(told[0]?.message).toContain('lead changed the view “Queue (asha)” after your change');
    expect(await views.notices(asha)).toEqual([]);
    expect(await views.notices(lead)).toEqual([]);
    // A write on the version one saw replaces nobody's change: no notice.
    if (!second.ok) throw new Error(second.message);
    await views.update(lead, created.value.id, { name: 'Queue', updatedAt: second.value.updatedAt });
    expect(await views.notices(asha)).toEqual([]);
    await db.close();
  });

  it('only the owner changes a view; an admin may rename or delete a shared one', async () => {
    const db = await freshDatabase(engine);
    const views = createViewsService(db, maySee);
    const made = await views.create(ravi, { name: 'Sales', url: '/logs?source=sales', shared: true });
    if (!made.ok) throw new Error(made.message);
    const id = made.value.id;
    expect(await views.update(asha, id, { name: 'x' })).toMatchObject({ ok: false, status: 404 }); // cannot see it
    expect(await views.update(lead, id, { url: '/logs?source=all' })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await views.update(lead, id, { name: 'Sales (renamed)' })).toMatchObject({ ok: true });
    expect(await views.remove(asha, id, undefined)).toMatchObject({ ok: false, status: 404 });
    expect(await views.remove(lead, id, undefined)).toMatchObject({ ok: true });
    expect(await views.notices(ravi)).toEqual([expect.objectContaining({ by: 'lead', change: 'deleted' })]);
    expect(await views.list(ravi)).toEqual([]);
    await db.close();
  });

  it('keeps the audit trail newest first, filtered and paged by cursor, and prunes by age only', async () => {
    const db = await freshDatabase(engine);
    await insertAuditEntries(db, [
      entry('2026-01-01T10:00:00.000Z'),
      entry('2026-01-02T10:00:00.000Z', {
        user: 'ravi',
        source: 'sales',
        logId: 's-9',
        detail: { rows: 40_000 },
      }),
      entry('2026-01-03T10:00:00.000Z', {
        action: 'view.created',
        source: null,
        logId: null,
        url: '/logs?source=all',
      }),
      entry('2026-01-04T10:00:00.000Z'),
    ]);
    const all = await queryAudit(db, { limit: 10 });
    expect(all.entries.map((e) => e.at)).toEqual([
      '2026-01-04T10:00:00.000Z',
      '2026-01-03T10:00:00.000Z',
      '2026-01-02T10:00:00.000Z',
      '2026-01-01T10:00:00.000Z',
    ]);
    expect(all.next).toBeNull();
    expect(all.entries[2]).toMatchObject({
      user: 'ravi',
      source: 'sales',
      logId: 's-9',
      detail: { rows: 40_000 },
    });
    const asha = await queryAudit(db, { user: 'asha', action: 'recording.streamed', limit: 10 });
    expect(asha.entries).toHaveLength(2);
    const ranged = await queryAudit(db, {
      since: new Date('2026-01-02T00:00:00Z'),
      until: new Date('2026-01-04T00:00:00Z'),
      limit: 10,
    });
    expect(ranged.entries.map((e) => e.action)).toEqual(['view.created', 'recording.streamed']);
    const page1 = await queryAudit(db, { limit: 3 });
    expect(page1.entries).toHaveLength(3);
    const page2 = await queryAudit(db, { limit: 3, ...(page1.next ? { cursor: page1.next } : {}) });
    expect(page2.entries.map((e) => e.at)).toEqual(['2026-01-01T10:00:00.000Z']);
    expect(page2.next).toBeNull();
    expect(await pruneAudit(db, new Date('2026-01-03T00:00:00Z'))).toBe(2);
    expect((await queryAudit(db, { limit: 10 })).entries).toHaveLength(2);
    await db.close();
  });
});
