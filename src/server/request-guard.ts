import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** Sec-Fetch-Site values of requests our own pages (or a typed URL) make; `same-site` includes other localhost ports. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

function hostnameOf(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  return host.replace(/:\d+$/, '');
}

/**
 * Why an API request must be refused, or null. The proxy adds credentials, so it answers only for hosts that
 * cannot be DNS-rebound (localhost, IP literals, configured names) and never to another site's page.
 */
export function refuseReason(req: IncomingMessage, allowedHosts: readonly string[]): string | null {
  const hostname = hostnameOf(req.headers.host ?? '');
  const hostAllowed =
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    isIP(hostname) !== 0 ||
    allowedHosts.includes('*') ||
    allowedHosts.includes(hostname);
  if (!hostAllowed) {
    return `Host ${JSON.stringify(hostname)} is not allowed; add it to SWITCHBOARD_ALLOWED_HOSTS to serve it.`;
  }
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && !OWN_FETCH_SITES.has(site)) {
    return `Requests from other sites (Sec-Fetch-Site: ${site}) are refused.`;
  }
  return null;
}
