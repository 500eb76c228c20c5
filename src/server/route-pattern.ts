/** One allowed GET path of a provider, e.g. `/api/v1/recordings/:id` (`:name` = one safe segment). */
export interface RoutePattern {
  pattern: string;
  /** Literal segments as strings; `null` where a parameter segment goes. */
  segments: readonly (string | null)[];
  /** Pass the upstream's caching headers through (recordings never change); others get `no-store`. */
  cacheable: boolean;
}

export function compileRoute(pattern: string, options: { cacheable?: boolean } = {}): RoutePattern {
  const segments = pattern.split('/').map((segment) => (segment.startsWith(':') ? null : segment));
  return { pattern, segments, cacheable: options.cacheable ?? false };
}

/** RFC 3986 path characters without `/`, `;`, `&`, `'`, `(`, `)`, `*`, plus %-escapes. */
const SEGMENT_CHARS = /^(?:[A-Za-z0-9\-._~!$+,=:@]|%[0-9A-Fa-f]{2})+$/;
/** The same characters once decoded: no `/ \ % ; ? #`, no control or non-ASCII (NFKC turns `．．` into `..`). */
const SAFE_DECODED = /^[A-Za-z0-9\-._~!$+,=:@]+$/;

/** A parameter segment: one segment of safe characters that cannot climb (`..`) or split (`%2F`) the path. */
export function isSafeSegment(raw: string): boolean {
  if (!SEGMENT_CHARS.test(raw)) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return false;
  }
  return SAFE_DECODED.test(decoded) && decoded !== '.' && !decoded.includes('..');
}

/** The route that allows this raw (still %-encoded) path, or null. Literal segments must match byte for byte. */
export function matchRoute(routes: readonly RoutePattern[], rawPath: string): RoutePattern | null {
  const parts = rawPath.split('/');
  return (
    routes.find(
      (route) =>
        route.segments.length === parts.length &&
        route.segments.every((literal, index) => {
          const part = parts[index] ?? '';
          return literal === null ? isSafeSegment(part) : literal === part;
        }),
    ) ?? null
  );
}
