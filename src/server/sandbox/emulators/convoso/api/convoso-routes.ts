import type { ServerResponse } from 'node:http';
import { serveBytes } from '../../../audio/serve-bytes.ts';
import type { Route } from '../../../http/emulator.ts';
import { sendJson } from '../../../http/http-reply.ts';
import { STATUSES, type StatusDef } from '../data/catalog.ts';
import type { ConvosoDataset } from '../data/dataset.ts';
import { logRecord, MEDIA_PREFIX } from './log-records.ts';
import { parseLogQuery, type ConvosoError } from './log-query.ts';
import { searchLogs } from './log-search.ts';
import { recordingSource, recordingTarget } from './recordings.ts';

/** Settled (PROVIDERS.md, live section): Convoso's `{success:false, code, text}` errors come with HTTP 200. */
export const ERROR_HTTP_STATUS = 200;

export function sendError(res: ServerResponse, error: ConvosoError): void {
  sendJson(res, ERROR_HTTP_STATUS, { success: false, code: error.code, text: error.text });
}

const yn = (v: boolean): 'Y' | 'N' => (v ? 'Y' : 'N');

function statusRow(s: StatusDef): Record<string, string> {
  return {
    status: s.code,
    name: s.name,
    final: yn(s.final),
    reached: yn(s.reached),
    success: yn(s.success),
    dnc: yn(s.dnc),
    callback: yn(s.callback),
    contact: yn(s.contact),
    voicemail: yn(s.voicemail),
  };
}

/** Routes needing the auth_token (the media routes are public URLs and are matched before auth). */
export function apiRoutes(ds: ConvosoDataset, live = false): Route[] {
  return [
    {
      method: 'GET',
      pattern: /^\/v1\/log\/retrieve\/?$/,
      handler: ({ req, res, url }) => {
        const q = parseLogQuery(url.searchParams, ds, live);
        if (!q.ok) return sendError(res, q.error);
        const { total, positions } = searchLogs(ds, q.criteria, q.offset, q.limit, q.desc);
        const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
        sendJson(res, 200, {
          success: true,
          data: {
            offset: q.offset,
            limit: q.limit,
            total_found: String(total),
            entries: positions.length,
            results: positions.map((i) => logRecord(ds, i, q.recordings, origin)),
          },
        });
      },
    },
    {
      method: 'GET',
      pattern: /^\/v1\/status\/search\/?$/,
      handler: ({ res, url }) => {
        // `query`: a case-insensitive substring of the code or the name; empty lists every status.
        const q = (url.searchParams.get('query') ?? '').trim().toLowerCase();
        const rows = STATUSES.filter(
          (s) => q === '' || s.code.toLowerCase().includes(q) || s.name.toLowerCase().includes(q),
        );
        sendJson(res, 200, { success: true, data: rows.map(statusRow) });
      },
    },
  ];
}

const MEDIA = new RegExp(`^${MEDIA_PREFIX}/(?:play-recording-public|recording)/([^/]+)/?$`);

/** Public recording URLs (`public_url` and `src`): no auth, `Range` supported. */
export function mediaRoutes(ds: ConvosoDataset): Route[] {
  return [
    {
      method: 'GET',
      pattern: MEDIA,
      handler: async ({ req, res }, [id = '']) => {
        const target = recordingTarget(ds, id);
        if (target === null)
          return sendJson(res, 404, { success: false, code: 404, text: 'Recording not found' });
        await serveBytes(req, res, recordingSource(ds, target.position, target.n), {
          success: false,
          code: 416,
          text: 'Requested range not satisfiable',
        });
      },
    },
  ];
}

export { MEDIA_PREFIX };
