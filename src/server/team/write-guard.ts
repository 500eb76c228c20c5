import type { IncomingMessage } from 'node:http';

/**
 * Why a write (POST, PATCH, DELETE) must be refused, or null: it must be JSON from a page of our own origin.
 * A form or `<img>` on another site can send neither `Content-Type: application/json` nor our `Origin`
 * without a CORS preflight, which Switchboard never grants (CSRF).
 */
export function refuseWrite(req: IncomingMessage): string | null {
  const origin = req.headers.origin;
  const host = req.headers.host;
  let originHost: string | null = null;
  try {
    originHost = origin ? new URL(origin).host.toLowerCase() : null;
  } catch {
    originHost = null;
  }
  if (!originHost || !host || originHost !== host.trim().toLowerCase()) {
    return 'Changes are accepted only from Switchboard’s own pages (the Origin header must match).';
  }
  const type = (req.headers['content-type'] ?? '').split(';', 1)[0]?.trim().toLowerCase();
  if (type !== 'application/json') return 'Changes must be sent as application/json.';
  return null;
}
