import type { ServerResponse } from 'node:http';

/**
 * Only our own scripts run. Recordings may come from providers' public https URLs (Salesfinity, Convoso),
 * and from the sandbox's own origin (plain http on loopback) when it runs: `mediaOrigins`.
 */
export function contentSecurityPolicy(mediaOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    ["media-src 'self' https: blob:", ...mediaOrigins].join(' '),
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

export type SecurityHeaders = Readonly<Record<string, string>>;

export function securityHeaders(mediaOrigins: readonly string[] = []): SecurityHeaders {
  return {
    'content-security-policy': contentSecurityPolicy(mediaOrigins),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'x-frame-options': 'DENY',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

const SECURITY_HEADERS = securityHeaders();

/** Set first on every production response; a handler may tighten one later (the proxy's CSP does). */
export function setSecurityHeaders(res: ServerResponse, headers: SecurityHeaders = SECURITY_HEADERS): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
