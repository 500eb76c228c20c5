import type { ServerResponse } from 'node:http';
import { sendJson } from '../../../http/http-reply.ts';
import { parseLiveQuery } from '../live/live-query.ts';
import { liveCallLogRecord } from '../live/live-record.ts';
import { searchLive } from '../live/live-search.ts';
import type { Route } from '../../../http/emulator.ts';
import type { IdCodec } from '../../../reversible-id.ts';
import type { UnpodDataset } from '../data/generate-unpod.ts';
import { INVALID_PAGE_MESSAGE } from '../constants.ts';
import { callLogRecord } from './call-log-records.ts';
import { parseCallLogQuery } from './call-log-query.ts';
import { searchCallLogs } from './call-log-search.ts';

/** The provider's own view (PROVIDERS.md, live section): 400 `{status_code, message, data:{}}`. */
function liveCallLogs(ds: UnpodDataset, res: ServerResponse, params: URLSearchParams): void {
  const query = parseLiveQuery(params);
  if (!query.ok) return sendJson(res, 400, { status_code: 400, message: query.message, data: {} });
  const offset = (query.page - 1) * query.pageSize;
  // A page past the end is a 200 with no rows and the true count.
  const { total, positions } = searchLive(ds, query.criteria, offset, query.pageSize);
  sendJson(res, 200, {
    count: total,
    status_code: 200,
    message: 'Call logs fetched successfully',
    data: positions.map((i) => liveCallLogRecord(ds, i)),
  });
}

export interface Organization {
  name: string;
  domain_handle: string;
}

const error = (status: number, message: string) => ({ status_code: status, message });

/** unpod's two documented endpoints, as a route table (auth is checked before, in unpod-emulator.ts). */
export function unpodRoutes(ds: UnpodDataset, ids: IdCodec, org: Organization, live = false): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/api\/v2\/platform\/call-logs\/$/,
      handler: ({ res, url }) => {
        if (live) return liveCallLogs(ds, res, url.searchParams);
        const query = parseCallLogQuery(url.searchParams);
        if (!query.ok) return sendJson(res, query.status, error(query.status, query.message));
        if (query.page === null) return sendJson(res, 404, error(404, INVALID_PAGE_MESSAGE));
        const offset = (query.page - 1) * query.pageSize;
        const { total, positions } = searchCallLogs(ds, query.criteria, offset, query.pageSize);
        // Django REST framework: page 1 always exists, any other page must hold at least one record.
        if (query.page > 1 && offset >= total) return sendJson(res, 404, error(404, INVALID_PAGE_MESSAGE));
        sendJson(res, 200, {
          count: total,
          status_code: 200,
          message: 'Call logs fetched successfully',
          data: positions.map((i) => callLogRecord(ds, ids, i)),
        });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v2\/platform\/organizations\/$/,
      handler: ({ res }) => {
        sendJson(res, 200, {
          count: 1,
          status_code: 200,
          message: 'Organizations fetched successfully',
          data: [org],
        });
      },
    },
  ];
}
