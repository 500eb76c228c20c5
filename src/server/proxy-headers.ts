import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { redact } from './redact.ts';

/**
 * Client headers that may go upstream. An allowlist: Cookie, Authorization, x-api-key, Org-Handle,
 * Proxy-Authorization, Host and hop-by-hop headers can never pass, whatever the browser sends.
 */
const FORWARDED_REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'range',
  'if-range',
  'if-none-match',
  'if-modified-since',
] as const;

/** Upstream headers the browser may see. Set-Cookie and hop-by-hop headers are not among them. */
const PASSED_RESPONSE_HEADERS = new Set([
  'content-type',
  'content-length',
  'content-range',
  'content-encoding',
  'content-disposition',
  'content-language',
  'accept-ranges',
  'retry-after',
  'etag',
  'last-modified',
  'vary',
]);
const PASSED_RESPONSE_PREFIXES = ['x-ratelimit-', 'ratelimit-'];
/** Caching headers, passed only on routes whose content never changes (recordings). */
const CACHE_HEADERS = new Set(['cache-control', 'expires']);

export function upstreamRequestHeaders(
  client: IncomingHttpHeaders,
  auth: Readonly<Record<string, string>>,
): OutgoingHttpHeaders {
  const headers: Record<string, string | string[]> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = client[name];
    if (value !== undefined) headers[name] = value;
  }
  headers['user-agent'] = 'Switchboard proxy';
  return { ...headers, ...auth };
}

export function clientResponseHeaders(
  upstream: IncomingHttpHeaders,
  options: { cacheable: boolean; secrets?: readonly string[] },
): OutgoingHttpHeaders {
  const scrub = (value: string) => (options.secrets ? redact(value, options.secrets) : value);
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(upstream)) {
    if (value === undefined) continue;
    const passed =
      PASSED_RESPONSE_HEADERS.has(name) ||
      PASSED_RESPONSE_PREFIXES.some((prefix) => name.startsWith(prefix)) ||
      (options.cacheable && CACHE_HEADERS.has(name));
    // An upstream echoing our credentials in a header it may pass (a rate-limit key, say) gets them scrubbed.
    if (passed) headers[name] = Array.isArray(value) ? value.map(scrub) : scrub(value);
  }
  if (!headers['cache-control']) headers['cache-control'] = 'no-store';
  // Provider bodies are data, never a page of ours: no sniffing, no scripts even if one answers with HTML.
  headers['x-content-type-options'] = 'nosniff';
  headers['content-security-policy'] = "default-src 'none'; sandbox";
  return headers;
}
