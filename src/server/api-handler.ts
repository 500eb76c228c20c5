import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkSource } from './checks/check-source.ts';
import { sendError, sendJson, sendText } from './json-response.ts';
import type { Proxy } from './proxy.ts';
import { refuseReason } from './request-guard.ts';
import type { ServerSource } from './server-source.ts';
import type { Team } from './team/team.ts';
import { visibleSources } from './visible-sources.ts';

/** A connect-style middleware, as Vite's dev server and our production server both mount it. */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

const READ_METHODS = ['GET', 'HEAD'];
const SOURCE_PATH = /^\/api\/sources\/([^/]+)(\/.*)?$/;

function decodeId(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** `/api/sources`, `/api/sources/:id/*` (proxied), `/healthz`; any other `/api` path is a JSON 404. */
export function createApiHandler(options: {
  sources: readonly ServerSource[];
  proxy: Proxy;
  allowedHosts: readonly string[];
  /** A line about shared state (Redis) for `/healthz`, or null. */
  health?: () => string | null;
  team: Team;
}): Middleware {
  const { team } = options;
  const byId = new Map(options.sources.map((source) => [source.id, source]));
  const sourceIds = options.sources.map(({ id }) => id);

  return (req, res, next) => {
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    const query = queryAt === -1 ? '' : url.slice(queryAt + 1);
    const isSources = path === '/api/sources' || path.startsWith('/api/sources/');
    if (path !== '/healthz' && path !== '/api' && !path.startsWith('/api/')) return next();

    if ((isSources || path === '/healthz') && !READ_METHODS.includes(req.method ?? '')) {
      return sendError(
        res,
        405,
        {
          error: 'method_not_allowed',
          message: `${req.method} is not allowed: Switchboard only reads (GET, HEAD).`,
        },
        { allow: 'GET, HEAD' },
      );
    }
    if (path === '/healthz') {
      const shared = options.health?.() ?? null;
      return sendText(res, 200, shared === null ? 'ok' : `ok\n${shared}\n`);
    }

    // Provider content must never be embedded by another origin (an <audio> on a foreign page, say).
    res.setHeader('cross-origin-resource-policy', 'same-origin');
    const refused = refuseReason(req, options.allowedHosts);
    if (refused) return sendError(res, 403, { error: 'request_refused', message: refused });
    team.noteRequest(req);
    if (team.handle(req, res, path, query, sourceIds)) return;
    const identity = team.identify(req);
    if (path === '/api/sources' || path === '/api/sources/')
      return sendJson(
        res,
        200,
        visibleSources(options.sources, (id) => team.maySee(identity, id)),
      );

    const match = isSources ? SOURCE_PATH.exec(path) : null;
    if (!match) return sendError(res, 404, { error: 'not_found', message: `No API at ${path}.` });
    const id = decodeId(match[1] ?? '');
    const source = id === null ? undefined : byId.get(id);
    if (!source) {
      const name = id ?? match[1] ?? '';
      return sendError(res, 404, {
        error: 'unknown_source',
        source: name,
        message: `No source ${JSON.stringify(name)} is configured.`,
      });
    }
    if (!team.maySee(identity, source.id)) {
      team.recordAudit(req, { action: 'access.refused', source: source.id });
      return sendError(res, 403, {
        error: 'source_forbidden',
        source: source.id,
        message: `You may not see source ${JSON.stringify(source.id)}.`,
      });
    }
    if (match[2] === '/check') {
      // A live probe of the source (read-only, a handful of requests): DESIGN.md "Server endpoints".
      void checkSource(source).then(
        (result) => sendJson(res, 200, result),
        (error: unknown) => sendError(res, 500, { error: 'check_failed', message: String(error) }),
      );
      return;
    }
    team.noteProxied(req, source.id, match[2] ?? '/');
    options.proxy.forward(req, res, source, match[2] ?? '/', query);
  };
}
