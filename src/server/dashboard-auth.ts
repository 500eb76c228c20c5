import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { BlockList } from 'node:net';
import { verifyPassword, type BasicAuthUser } from './password-hash.ts';

export type AuthResult =
  | { ok: true; user: string | null; groups: readonly string[] }
  | { ok: false; status: 401 | 403; headers: Record<string, string>; message: string };

export interface DashboardAuthSettings {
  basicAuth: readonly BasicAuthUser[] | null;
  trustedUserHeader: string | null;
  trustedProxies: BlockList;
  /** Comma-separated groups from the same trusted proxy (`SWITCHBOARD_TRUSTED_GROUPS_HEADER`). */
  trustedGroupsHeader?: string | null;
}

export const BASIC_CHALLENGE = 'Basic realm="Switchboard", charset="UTF-8"';
/** Verified `Authorization` values (by digest) stay good this long: scrypt runs once per login, not per request. */
const VERIFIED_FOR_MS = 5 * 60_000;
const VERIFIED_MAX = 1_000;
// Compared against when the user is unknown, so a wrong name costs the same time as a wrong password.
const DUMMY_HASH = 'scrypt.16384.8.1.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** An IPv4 peer on a dual-stack socket shows as `::ffff:127.0.0.1`. */
function peerAddress(req: IncomingMessage): { address: string; family: 'ipv4' | 'ipv6' } {
  const raw = req.socket.remoteAddress ?? '';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw);
  if (mapped?.[1]) return { address: mapped[1], family: 'ipv4' };
  return { address: raw, family: raw.includes(':') ? 'ipv6' : 'ipv4' };
}

function basicCredentials(header: string | undefined): { user: string; password: string } | null {
  const match = /^Basic +([A-Za-z0-9+/=]+) *$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The groups a trusted proxy names, comma-separated; at most 100, each without spaces. */
function proxyGroups(req: IncomingMessage, header: string | null | undefined): string[] {
  const raw = header ? req.headers[header] : undefined;
  const text = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
  const names = text.split(',').map((name) => name.trim());
  return [...new Set(names.filter((name) => /^[^\s,:][^\s,]{0,127}$/.test(name)))].slice(0, 100);
}

/** Null when neither `SWITCHBOARD_BASIC_AUTH` nor `SWITCHBOARD_TRUSTED_USER_HEADER` is set: the dashboard is open. */
export function createDashboardAuth(
  settings: DashboardAuthSettings,
): ((req: IncomingMessage) => Promise<AuthResult>) | null {
  const { basicAuth, trustedUserHeader, trustedProxies, trustedGroupsHeader } = settings;
  if (!basicAuth && !trustedUserHeader) return null;
  const verified = new Map<string, { user: string; until: number }>();

  async function checkBasic(header: string | undefined): Promise<string | null> {
    const digest = createHash('sha256')
      .update(header ?? '')
      .digest('base64url');
    const known = verified.get(digest);
    if (known && known.until > Date.now()) return known.user;
    const credentials = basicCredentials(header);
    if (!credentials || !basicAuth) return null;
    const entry = basicAuth.find(({ user }) => user === credentials.user);
    const matches = await verifyPassword(credentials.password, entry?.hash ?? DUMMY_HASH);
    if (!matches || !entry) return null;
    if (verified.size >= VERIFIED_MAX) verified.clear();
    verified.set(digest, { user: entry.user, until: Date.now() + VERIFIED_FOR_MS });
    return entry.user;
  }

  return async (req): Promise<AuthResult> => {
    if (trustedUserHeader) {
      const { address, family } = peerAddress(req);
      const fromProxy = address !== '' && trustedProxies.check(address, family);
      const vouched = req.headers[trustedUserHeader];
      const user = typeof vouched === 'string' ? vouched.trim() : '';
      if (fromProxy && user) return { ok: true, user, groups: proxyGroups(req, trustedGroupsHeader) };
      if (!basicAuth) {
        const message = fromProxy
          ? `The reverse proxy sent no ${trustedUserHeader} header.`
          : 'Open Switchboard through its authenticating reverse proxy.';
        return { ok: false, status: 403, headers: {}, message };
      }
    }
    const user = await checkBasic(req.headers.authorization);
    if (user !== null) return { ok: true, user, groups: [] };
    return {
      ok: false,
      status: 401,
      headers: { 'www-authenticate': BASIC_CHALLENGE },
      message: 'Sign in to open Switchboard.',
    };
  };
}
