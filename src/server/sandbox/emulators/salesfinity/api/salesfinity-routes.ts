import { serveBytes } from '../../../audio/serve-bytes.ts';
import type { Route } from '../../../http/emulator.ts';
import { sendJson } from '../../../http/http-reply.ts';
import type { SalesfinityDataset } from '../data/dataset.ts';
import { parseCallQuery } from './call-log-query.ts';
import { callLogRecord, positionOfObjectId } from './call-log-record.ts';
import { searchCalls } from './call-log-search.ts';
import {
  badRequest,
  cannotGet,
  contactListsCsvPage,
  contactListsPage,
  dispositionsBody,
  sequenceById,
  sequencesPage,
  sequenceStats,
  teamBody,
  type CatalogAnswer,
} from './catalog-routes.ts';
import { recordingPosition, recordingSource } from './recordings.ts';

const answer =
  (f: (params: URLSearchParams) => CatalogAnswer): Route['handler'] =>
  ({ res, url }) => {
    const a = f(url.searchParams);
    sendJson(res, a.status, a.body);
  };

/** Live bodies carry raw control characters inside strings; docs-only mode sends valid JSON. */
const RAW_CONTROLS = { rawControls: true } as const;

/** Salesfinity's API under /v1, as a route table (auth is checked before). */
export function salesfinityRoutes(ds: SalesfinityDataset, docsOnly = false): Route[] {
  const RAW = docsOnly ? {} : RAW_CONTROLS;
  const fixed = sequenceStats(ds);
  // Counted once at start; with the trickle, per request over the calls that have started (~0.1 ms).
  const statsNow = (): ReturnType<typeof sequenceStats> => {
    const now = ds.clock.now();
    return now === Infinity ? fixed : sequenceStats(ds, now);
  };
  const listSizes = ds.catalog.lists.map(() => 0);
  for (let c = 0; c < ds.contacts.count; c++) listSizes[ds.contacts.list[c] ?? 0]! += 1;
  return [
    {
      method: 'GET',
      pattern: /^\/v1\/call-log\/?$/,
      handler: ({ req, res, url }) => {
        const q = parseCallQuery(url.searchParams, ds);
        if (!q.ok) return sendJson(res, 400, badRequest(q.errors).body);
        const matches = searchCalls(ds, q.criteria, q.sort, q.desc);
        const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
        const from = (q.page - 1) * q.limit;
        const data = matches.slice(from, from + q.limit).map((i) => callLogRecord(ds, i, origin));
        sendJson(
          res,
          200,
          {
            data,
            pagination: {
              total: matches.length,
              page: q.page,
              limit: q.limit,
              pages: Math.ceil(matches.length / q.limit),
            },
          },
          {},
          RAW,
        );
      },
    },
    {
      // One call by `_id` (PROVIDERS.md, live section); the `{data}` envelope is the sandbox's choice.
      method: 'GET',
      pattern: /^\/v1\/call-log\/([0-9A-Za-z]+)\/?$/,
      handler: ({ req, res }, [id = '']) => {
        const i = positionOfObjectId(ds, id);
        if (i === null)
          return sendJson(res, 404, { statusCode: 404, message: 'Call log not found', error: 'Not Found' });
        const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
        sendJson(res, 200, { data: callLogRecord(ds, i, origin) }, {}, RAW);
      },
    },
    {
      method: 'GET',
      pattern: /^\/v1\/dispositions\/?$/,
      handler: ({ res }) => sendJson(res, 200, dispositionsBody(ds)),
    },
    {
      method: 'GET',
      pattern: /^\/v1\/sequences\/?$/,
      handler: answer((p) => sequencesPage(ds, statsNow(), p)),
    },
    {
      method: 'GET',
      pattern: /^\/v1\/sequences\/([^/]+)\/?$/,
      handler: ({ res }, [id = '']) => {
        const a = sequenceById(ds, statsNow(), id);
        sendJson(res, a.status, a.body);
      },
    },
    { method: 'GET', pattern: /^\/v1\/team\/?$/, handler: ({ res }) => sendJson(res, 200, teamBody(ds)) },
    {
      method: 'GET',
      pattern: /^\/v1\/contact-lists\/?$/,
      // Live, `/contact-lists` is not the list (docs-only mode keeps the documented page).
      handler: answer((p) =>
        docsOnly ? contactListsPage(ds, listSizes, p) : cannotGet('/v1/contact-lists'),
      ),
    },
    {
      method: 'GET',
      pattern: /^\/v1\/contact-lists\/csv\/?$/,
      handler: answer((p) => contactListsCsvPage(ds, listSizes, p)),
    },
  ];
}

/** Public recordings (no auth): `/salesfinity-media/recordings/<call_id>.wav`, with Range. */
export function mediaRoutes(ds: SalesfinityDataset): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/salesfinity-media\/recordings\/([^/]+)$/,
      handler: async ({ req, res }, [file = '']) => {
        const i = recordingPosition(ds, file);
        if (i === null)
          return sendJson(res, 404, { statusCode: 404, message: 'Recording not found', error: 'Not Found' });
        await serveBytes(req, res, recordingSource(ds, i), {
          statusCode: 416,
          message: 'Requested range not satisfiable',
          error: 'Range Not Satisfiable',
        });
      },
    },
  ];
}
