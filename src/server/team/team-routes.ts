import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError, sendJson } from '../json-response.ts';
import { auditQuerySchema, encodeCursor, singleParams } from './audit-input.ts';
import { queryAudit } from './audit-store.ts';
import { BodyError, readJsonBody } from './http-body.ts';
import type { Team } from './team.ts';
import {
  createViewSchema,
  deleteViewSchema,
  issuesText,
  patchViewSchema,
  viewIdSchema,
} from './view-input.ts';
import { refuseWrite } from './write-guard.ts';

const VIEW_PATH = /^\/api\/views\/([^/]+)$/;

function methodNotAllowed(res: ServerResponse, allow: string): void {
  sendError(res, 405, { error: 'method_not_allowed', message: `Allowed here: ${allow}.` }, { allow });
}

function badRequest(res: ServerResponse, message: string): void {
  sendError(res, 400, { error: 'invalid_request', message });
}

async function body(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
  const refused = refuseWrite(req);
  if (refused) {
    sendError(res, 403, { error: 'request_refused', message: refused });
    return undefined;
  }
  try {
    return await readJsonBody(req);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    sendError(res, error.status, { error: 'invalid_request', message: error.message });
    return undefined;
  }
}

async function route(
  team: Team,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: string,
  sourceIds: readonly string[],
): Promise<void> {
  const identity = team.identify(req);
  const method = req.method ?? 'GET';
  const isRead = method === 'GET' || method === 'HEAD';

  if (path === '/api/me') {
    if (!isRead) return methodNotAllowed(res, 'GET, HEAD');
    const sources = sourceIds.filter((id) => team.maySee(identity, id));
    return sendJson(res, 200, {
      user: identity.user,
      groups: identity.groups,
      admin: identity.admin,
      sources,
    });
  }

  if (path === '/api/audit') {
    if (!isRead) return methodNotAllowed(res, 'GET, HEAD');
    if (!identity.admin) {
      team.recordAudit(req, { action: 'access.refused', url: '/audit' });
      return sendError(res, 403, { error: 'admin_only', message: 'Only admins can read the audit trail.' });
    }
    const params = singleParams(query);
    if (typeof params === 'string') return badRequest(res, params);
    const parsed = auditQuerySchema.safeParse(params);
    if (!parsed.success) return badRequest(res, issuesText(parsed.error));
    await team.audit.flush(); // what this instance has queued is in the answer
    const { entries, next } = await queryAudit(team.db, parsed.data);
    return sendJson(res, 200, { entries, nextCursor: next ? encodeCursor(next) : null });
  }

  if (path === '/api/views' || path === '/api/views/') {
    if (isRead) return sendJson(res, 200, await team.views.list(identity));
    if (method !== 'POST') return methodNotAllowed(res, 'GET, HEAD, POST');
    const input = await body(req, res);
    if (input === undefined) return;
    const parsed = createViewSchema.safeParse(input);
    if (!parsed.success) return badRequest(res, issuesText(parsed.error));
    const outcome = await team.views.create(identity, parsed.data);
    if (!outcome.ok) return sendError(res, outcome.status, outcome);
    team.recordAudit(req, { action: 'view.created', url: outcome.value.url });
    if (outcome.value.shared) team.recordAudit(req, { action: 'view.shared', url: outcome.value.url });
    return sendJson(res, 201, outcome.value);
  }

  if (path === '/api/views/notices') {
    if (!isRead) return methodNotAllowed(res, 'GET, HEAD');
    return sendJson(res, 200, await team.views.notices(identity));
  }

  const match = VIEW_PATH.exec(path);
  if (!match) return sendError(res, 404, { error: 'not_found', message: `No API at ${path}.` });
  if (method !== 'PATCH' && method !== 'DELETE') return methodNotAllowed(res, 'PATCH, DELETE');
  const input = await body(req, res);
  if (input === undefined) return;
  const id = viewIdSchema.safeParse(match[1]);
  if (!id.success) return sendError(res, 404, { error: 'view_not_found', message: 'No such view.' });
  if (method === 'PATCH') {
    const parsed = patchViewSchema.safeParse(input);
    if (!parsed.success) return badRequest(res, issuesText(parsed.error));
    const outcome = await team.views.update(identity, id.data, parsed.data);
    if (!outcome.ok) return refused(team, req, res, outcome);
    if (outcome.value.shared && !outcome.before?.shared) {
      team.recordAudit(req, { action: 'view.shared', url: outcome.value.url });
    }
    return sendJson(res, 200, outcome.value);
  }
  const parsed = deleteViewSchema.safeParse(input);
  if (!parsed.success) return badRequest(res, issuesText(parsed.error));
  const outcome = await team.views.remove(identity, id.data, parsed.data.updatedAt);
  if (!outcome.ok) return refused(team, req, res, outcome);
  team.recordAudit(req, { action: 'view.deleted', url: outcome.value.url });
  res.writeHead(204, { 'cache-control': 'no-store' });
  res.end();
}

function refused(
  team: Team,
  req: IncomingMessage,
  res: ServerResponse,
  outcome: { status: number; error: string; message: string },
): void {
  if (outcome.status === 403) team.recordAudit(req, { action: 'access.refused' });
  sendError(res, outcome.status, { error: outcome.error, message: outcome.message });
}

const TEAM_PATHS = /^\/api\/(me|audit|views)(\/|$)/;

/** Answers the team endpoints (DESIGN.md, "Server endpoints"); false when `path` is not one of them. */
export function handleTeamRequest(
  team: Team,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: string,
  sourceIds: readonly string[],
): boolean {
  if (!TEAM_PATHS.test(path)) return false;
  route(team, req, res, path, query, sourceIds).catch((error: unknown) => {
    if (res.headersSent) return void res.destroy();
    // Never the error text: it may quote SQL or a connection string.
    team.logger.warn(`[switchboard] ${req.method} ${path}: ${String(error)}`);
    sendError(res, 500, { error: 'internal_error', message: 'Switchboard failed to answer this request.' });
  });
  return true;
}
