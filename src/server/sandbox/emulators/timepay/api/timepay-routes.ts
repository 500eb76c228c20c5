import { isVisible } from '../../../clock.ts';
import { sendJson } from '../../../http/http-reply.ts';
import type { Route } from '../../../http/emulator.ts';
import { serveBytes } from '../../../audio/serve-bytes.ts';
import { CALL, WHATSAPP } from '../data/codes.ts';
import { agentPage, campaignPage, dispositionPage, type CatalogPage } from './catalog-routes.ts';
import type { TimepayDataset } from '../data/dataset.ts';
import { callDetail, whatsappDetail } from './detail-records.ts';
import { logRecord } from './log-records.ts';
import { parseLogQuery } from './log-query.ts';
import { searchLogs } from './log-search.ts';
import { recordingPosition, recordingSource } from './recordings.ts';
import { buildTranscript } from '../text/transcripts.ts';

export const PER_PAGE = 10;

const notFound = (message: string): Record<string, unknown> => ({
  success: false,
  error: 'NotFound',
  message,
});
const validation = (errors: string[]): Record<string, unknown> => ({
  success: false,
  message: 'Validation failed',
  errors,
});

/** timepay's API under /api/v1, as a route table. */
export function timepayRoutes(ds: TimepayDataset, live = false): Route[] {
  const lookup = (decode: (id: string) => number | null, id: string, type: number): number | null => {
    const i = decode(id);
    // A record the trickle has not reached yet does not exist yet.
    return i !== null && i < ds.count && ds.type[i] === type && isVisible(ds.startMs, i, ds.clock) ? i : null;
  };
  const catalog =
    (page: (params: URLSearchParams) => CatalogPage): Route['handler'] =>
    ({ res, url }) => {
      const result = page(url.searchParams);
      if (result.ok) sendJson(res, 200, result.body);
      else sendJson(res, 400, validation(result.errors));
    };
  return [
    {
      method: 'GET',
      pattern: /^\/api\/v1\/logs\/?$/,
      handler: ({ res, url }) => {
        const query = parseLogQuery(url.searchParams, ds);
        if (!query.ok) return sendJson(res, 400, validation(query.errors));
        const offset = (query.page - 1) * PER_PAGE;
        const { total, positions } = searchLogs(
          ds,
          query.criteria,
          query.countOnly ? 0 : offset,
          query.countOnly ? 0 : PER_PAGE,
          live,
        );
        if (query.countOnly) return sendJson(res, 200, { success: true, total });
        const totalPages = Math.ceil(total / PER_PAGE);
        sendJson(res, 200, {
          success: true,
          data: positions.map((i) => logRecord(ds, i)),
          pagination: {
            page: query.page,
            per_page: PER_PAGE,
            total,
            total_pages: totalPages,
            has_next: query.page < totalPages,
            has_prev: query.page > 1,
          },
        });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/communication\/call\/([^/]+)\/?$/,
      handler: ({ res }, [id = '']) => {
        const i = lookup(ds.ids.call.decode, id, CALL);
        const data = i === null ? null : callDetail(ds, i);
        if (data === null) return sendJson(res, 404, notFound('Call not found'));
        sendJson(res, 200, { success: true, data });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/communication\/whatsapp\/([^/]+)\/?$/,
      handler: ({ res }, [id = '']) => {
        const i = lookup(ds.ids.message.decode, id, WHATSAPP);
        const data = i === null ? null : whatsappDetail(ds, i);
        if (data === null) return sendJson(res, 404, notFound('Message not found'));
        sendJson(res, 200, { success: true, data });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/recordings\/([^/]+)\/?$/,
      handler: async ({ req, res }, [id = '']) => {
        const i = recordingPosition(ds, id);
        if (i === null) return sendJson(res, 404, { error: 'NotFound', message: 'Recording not found' });
        await serveBytes(req, res, recordingSource(ds, i), {
          error: 'RangeNotSatisfiable',
          message: 'Requested range not satisfiable',
        });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/transcripts\/([^/]+)\/?$/,
      handler: ({ res }, [id = '']) => {
        const i = lookup(ds.ids.transcript.decode, id, CALL);
        const turns = i === null ? null : buildTranscript(ds, i);
        if (turns === null) return sendJson(res, 404, notFound('Transcript not found'));
        sendJson(res, 200, {
          success: true,
          data: turns.map(([speaker, message]) => ({ speaker, message })),
        });
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/campaigns\/?$/,
      handler: catalog((p) => campaignPage(ds.catalog, p)),
    },
    {
      // Live (PROVIDERS.md): paginated like /campaigns; feeds the agent picker.
      method: 'GET',
      pattern: /^\/api\/v1\/agents\/?$/,
      handler: catalog((p) => agentPage(ds.catalog, p)),
    },
    {
      method: 'GET',
      pattern: /^\/api\/v1\/dispositions\/?$/,
      handler: catalog((p) => dispositionPage(ds.catalog, p)),
    },
  ];
}
