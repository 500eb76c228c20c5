import type { IncomingMessage } from 'node:http';
import { GROUP_PREFIX, type TeamConfig } from './team-config.ts';

/** Who makes a request, as every endpoint checks it (DESIGN.md: `GET /api/me`). */
export interface Identity {
  user: string;
  groups: readonly string[];
  admin: boolean;
}

/** An open dashboard (no auth configured, or `npm run dev`): one user with every right, as before teams. */
export const ANONYMOUS: Identity = { user: 'anonymous', groups: [], admin: true };

/** What the production server's authentication established for a request. */
export interface SignedIn {
  user: string;
  /** Groups the trusted reverse proxy named (already checked to come from a trusted address). */
  proxyGroups: readonly string[];
}

const signedIn = new WeakMap<IncomingMessage, SignedIn>();

/** Called by the production server once a request is authenticated. */
export function markSignedIn(req: IncomingMessage, who: SignedIn): void {
  signedIn.set(req, who);
}

function matches(entries: readonly string[], user: string, groups: readonly string[]): boolean {
  return entries.some((entry) =>
    entry.startsWith(GROUP_PREFIX) ? groups.includes(entry.slice(GROUP_PREFIX.length)) : entry === user,
  );
}

/** The request's identity: config groups of the user plus the proxy's, admin from `"admins"`. */
export function identityOf(req: IncomingMessage, team: TeamConfig): Identity {
  const who = signedIn.get(req);
  if (!who) return ANONYMOUS;
  const groups = new Set(who.proxyGroups);
  for (const [group, members] of team.groups) if (members.includes(who.user)) groups.add(group);
  const list = [...groups].sort();
  return { user: who.user, groups: list, admin: matches(team.admins, who.user, list) };
}

/** Whether `identity` may see `sourceId`: admins always, else the source's `"access"` (absent: everyone). */
export function maySee(identity: Identity, team: TeamConfig, sourceId: string): boolean {
  if (identity.admin) return true;
  const access = team.access.get(sourceId);
  return access === undefined || matches(access, identity.user, identity.groups);
}
