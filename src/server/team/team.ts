import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BlockList } from 'node:net';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { createAuditQueue, type AuditQueue } from './audit-queue.ts';
import type { AuditAction } from './audit-store.ts';
import { clientAddress } from './client-address.ts';
import { identityOf, maySee, type Identity } from './identity.ts';
import { pageOf, proxyAuditAction } from './proxy-audit.ts';
import type { TeamConfig } from './team-config.ts';
import { handleTeamRequest } from './team-routes.ts';
import { createViewsService, type ViewsService } from './views-service.ts';

/** What an audit entry says beyond who and from where (filled in from the request). */
export interface AuditEvent {
  action: AuditAction;
  source?: string | null;
  logId?: string | null;
  /** The dashboard URL (e.g. an export's filter URL). */
  url?: string | null;
  /** E.g. `{ rows: 40000, format: "csv" }` for an export. */
  detail?: Record<string, unknown> | null;
}

/** `recordAudit(req, event)`: queue an entry for the request's user and client address; never waits. */
export type RecordAudit = (req: IncomingMessage | null, event: AuditEvent & { user?: string }) => void;

export interface Team {
  config: TeamConfig;
  db: Database;
  logger: Logger;
  audit: AuditQueue;
  views: ViewsService;
  identify(req: IncomingMessage): Identity;
  maySee(identity: Identity, sourceId: string): boolean;
  recordAudit: RecordAudit;
  /** Called for every API request: records a sign-in on the first request of a session. */
  noteRequest(req: IncomingMessage): void;
  /** Called before a permitted proxy request: records recordings, transcripts and details fetched. */
  noteProxied(req: IncomingMessage, sourceId: string, rawPath: string): void;
  /** `/api/me`, `/api/views*`, `/api/audit`; false when `path` is none of them. */
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: string,
    sourceIds: readonly string[],
  ): boolean;
  close(): Promise<void>;
}

/** A session is a user at an address; after this long without a request, the next one is a new sign-in. */
const SESSION_IDLE_MS = 30 * 60_000;
/** One audit entry per recording played, not one per byte range the player asks for. */
const REPEAT_WINDOW_MS = 10 * 60_000;
const MAX_TRACKED = 10_000;

function seenRecently(map: Map<string, number>, key: string, now: number, windowMs: number): boolean {
  const last = map.get(key);
  if (map.size >= MAX_TRACKED) map.clear();
  map.set(key, now);
  return last !== undefined && now - last < windowMs;
}

export function createTeam(options: {
  config: TeamConfig;
  db: Database;
  logger: Logger;
  retentionDays: number;
  trustedProxies: BlockList | null;
}): Team {
  const { config, db } = options;
  const audit = createAuditQueue({ db, logger: options.logger, retentionDays: options.retentionDays });
  const sessions = new Map<string, number>();
  const repeats = new Map<string, number>();
  const see = (identity: Identity, sourceId: string) => maySee(identity, config, sourceId);
  const identify = (req: IncomingMessage) => identityOf(req, config);

  const recordAudit: RecordAudit = (req, event) => {
    audit.record({
      at: new Date(),
      user: event.user ?? (req ? identify(req).user : 'system'),
      action: event.action,
      source: event.source ?? null,
      logId: event.logId ?? null,
      url: event.url ?? (req ? pageOf(req.headers['x-switchboard-page']) : null),
      client: req ? clientAddress(req, options.trustedProxies) : null,
      detail: event.detail ?? null,
    });
  };

  const team: Team = {
    config,
    db,
    logger: options.logger,
    audit,
    views: createViewsService(db, see),
    identify,
    maySee: see,
    recordAudit,
    noteRequest(req) {
      const key = `${identify(req).user}\n${clientAddress(req, options.trustedProxies)}`;
      if (!seenRecently(sessions, key, Date.now(), SESSION_IDLE_MS)) recordAudit(req, { action: 'sign_in' });
    },
    noteProxied(req, sourceId, rawPath) {
      const found = proxyAuditAction(rawPath);
      if (!found) return;
      const key = `${identify(req).user}\n${sourceId}\n${found.action}\n${found.logId}`;
      if (seenRecently(repeats, key, Date.now(), REPEAT_WINDOW_MS)) return;
      recordAudit(req, { action: found.action, source: sourceId, logId: found.logId });
    },
    handle: (req, res, path, query, sourceIds) => handleTeamRequest(team, req, res, path, query, sourceIds),
    close: () => audit.close(),
  };
  return team;
}
