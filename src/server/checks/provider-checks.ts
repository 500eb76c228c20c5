import type { ServerSource } from '../server-source.ts';
import { fail, field, pass, probe, wallTime, warn, words, zoneCheck, type Check } from './probe.ts';

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const refused = (status: number) => status === 401 || status === 403;

/** timepay: token, organisation (`x-org-id`, success:false in a 200), page size, zone. Two requests. */
export async function timepayChecks(source: ServerSource, nowMs: number): Promise<Check[]> {
  const a = await probe(source, '/api/v1/logs', [['page', '1']]);
  if (!a.ok) return [fail('reachable', a.error)];
  const checks = [pass('reachable', `HTTP ${a.status}`)];
  if (refused(a.status))
    return [
      ...checks,
      fail('credentials', `timepay refused the token (HTTP ${a.status}) — check credentials.token`),
    ];
  if (field(a.body, 'success') === false)
    return [...checks, fail('organisation', `timepay: ${words(a.body)} — check credentials.orgId`)];
  if (a.status !== 200)
    return [...checks, fail('logs', `timepay answered HTTP ${a.status}: ${words(a.body)}`)];
  checks.push(pass('credentials', 'the token is accepted'));
  checks.push(
    source.auth.headers['x-org-id'] === undefined
      ? warn(
          'organisation',
          'no credentials.orgId: the token’s default organisation answers — set orgId if the account has several',
        )
      : pass('organisation', `organisation ${source.auth.headers['x-org-id']} answers`),
  );
  const rows = asArray(field(a.body, 'data'));
  checks.push(
    rows.length <= 10
      ? pass('page size', `${rows.length} rows on page 1 (timepay serves 10)`)
      : warn('page size', `timepay served ${rows.length} rows, not 10: pages would overlap`),
  );
  checks.push(zoneCheck(source, wallTime(field(rows[0], 'start_time'), source.timeZone), nowMs));
  return checks;
}

/** Salesfinity: key, `limit`, contact lists at `/contact-lists/csv`. Two requests. */
export async function salesfinityChecks(source: ServerSource): Promise<Check[]> {
  const a = await probe(source, '/v1/call-log', [
    ['limit', '1'],
    ['page', '1'],
  ]);
  if (!a.ok) return [fail('reachable', a.error)];
  const checks = [pass('reachable', `HTTP ${a.status}`)];
  if (refused(a.status))
    return [
      ...checks,
      fail('credentials', `Salesfinity refused the key (HTTP ${a.status}) — check credentials.apiKey`),
    ];
  if (a.status !== 200)
    return [...checks, fail('call log', `Salesfinity answered HTTP ${a.status}: ${words(a.body)}`)];
  checks.push(pass('credentials', 'the API key is accepted'));
  const rows = asArray(field(a.body, 'data'));
  checks.push(
    rows.length <= 1
      ? pass('page size', '`limit` is honoured')
      : warn('page size', `limit=1 returned ${rows.length} rows: pages would overlap`),
  );
  const lists = await probe(source, '/v1/contact-lists/csv', [
    ['page', '1'],
    ['limit', '1'],
  ]);
  checks.push(
    lists.ok && lists.status === 200
      ? pass('contact lists', 'the contact-list picker can load (/v1/contact-lists/csv)')
      : warn('contact lists', 'the contact-list picker cannot load (/v1/contact-lists/csv)'),
  );
  return checks;
}

/** `DD-MM-YYYY HH:MM:SS` (UTC) of a day after `ms`: a date no call can have started on yet. */
function tomorrow(ms: number): string {
  const d = new Date(ms + 2 * 86_400_000).toISOString();
  return `${d.slice(8, 10)}-${d.slice(5, 7)}-${d.slice(0, 4)} 00:00:00`;
}

/** unpod: token, Product-Id, Org-Handle (a 200 with count 0 for an unknown one), page size, time filter. */
export async function unpodChecks(source: ServerSource, nowMs: number): Promise<Check[]> {
  const path = '/api/v2/platform/call-logs/';
  const a = await probe(source, path, [
    ['page', '1'],
    ['page_size', '1'],
  ]);
  if (!a.ok) return [fail('reachable', a.error)];
  const checks = [pass('reachable', `HTTP ${a.status}`)];
  const said = words(a.body);
  if (a.status === 401 || /token/i.test(said))
    return [
      ...checks,
      fail('credentials', `unpod refused the token (${said || a.status}) — check credentials.token`),
    ];
  if (/product/i.test(said))
    return [...checks, fail('product', `unpod: ${said} — check credentials.productId`)];
  if (a.status !== 200)
    return [
      ...checks,
      fail('organisation', `unpod answered HTTP ${a.status}: ${said} — check credentials.orgHandle`),
    ];
  checks.push(pass('credentials', 'the token and Product-Id are accepted'));
  const count = Number(field(a.body, 'count'));
  const handle = source.auth.headers['org-handle'] ?? '';
  if (count === 0) {
    // An unknown Org-Handle answers 200 with count 0: ask which handles the token reaches.
    const orgs = await probe(source, '/api/v2/platform/organizations/');
    const handles = orgs.ok
      ? asArray(field(orgs.body, 'data')).map((o) => String(field(o, 'domain_handle') ?? ''))
      : [];
    checks.push(
      handles.includes(handle)
        ? warn('organisation', `organisation ${handle} has no call logs yet`)
        : fail(
            'organisation',
            `unpod answers no calls for Org-Handle "${handle}", which is not one of this token’s organisations${handles.length > 0 ? ` (${handles.join(', ')})` : ''} — check credentials.orgHandle`,
          ),
    );
    return checks;
  }
  checks.push(pass('organisation', `organisation ${handle} has ${count} call logs`));
  const rows = asArray(field(a.body, 'data'));
  checks.push(
    rows.length <= 1
      ? pass('page size', '`page_size` is honoured')
      : warn('page size', `page_size=1 returned ${rows.length} rows: pages would overlap`),
  );
  const future = await probe(source, path, [
    ['page', '1'],
    ['page_size', '1'],
    ['start_time', tomorrow(nowMs)],
  ]);
  const futureCount = future.ok ? Number(field(future.body, 'count')) : NaN;
  checks.push(
    futureCount === 0
      ? pass('time filter', 'start_time (DD-MM-YYYY HH:MM:SS) is applied')
      : warn('time filter', 'unpod ignored start_time: time ranges are cut on our side only'),
  );
  const newest = field(rows[0], 'creation_time');
  checks.push(zoneCheck(source, typeof newest === 'string' ? Date.parse(newest) || null : null, nowMs));
  return checks;
}

/** Convoso: token (errors come in a 200), `limit`, zone, with explicit bounds (none means today). */
export async function convosoChecks(source: ServerSource, nowMs: number): Promise<Check[]> {
  const a = await probe(source, '/v1/log/retrieve', [
    ['start_time', '2000-01-01 00:00:00'],
    ['end_time', '2099-12-31 23:59:59'],
    ['limit', '1'],
    ['offset', '0'],
  ]);
  if (!a.ok) return [fail('reachable', a.error)];
  const checks = [pass('reachable', `HTTP ${a.status}`)];
  const code = Number(field(a.body, 'code'));
  if (refused(a.status) || (field(a.body, 'success') === false && refused(code)))
    return [
      ...checks,
      fail(
        'credentials',
        `Convoso refused the token (${words(a.body) || code}) — check credentials.authToken`,
      ),
    ];
  if (a.status !== 200 || field(a.body, 'success') === false)
    return [...checks, fail('log retrieve', `Convoso answered ${words(a.body) || `HTTP ${a.status}`}`)];
  checks.push(pass('credentials', 'the auth token is accepted'));
  const rows = asArray(field(field(a.body, 'data'), 'results'));
  checks.push(
    rows.length <= 1
      ? pass('page size', '`limit` is honoured')
      : warn('page size', `limit=1 returned ${rows.length} rows: pages would overlap`),
  );
  checks.push(zoneCheck(source, wallTime(field(rows[0], 'call_date'), source.timeZone), nowMs));
  return checks;
}
