import type { IncomingMessage, ServerResponse } from 'node:http';

/** One API request as a provider emulator sees it. */
export interface ApiRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
}

/** An emulated provider API mounted on the shared sandbox server (timepay today; others later). */
export interface ProviderEmulator {
  id: string;
  /** Whether a path belongs to this provider; the first provider that claims it answers. */
  owns(pathname: string): boolean;
  handle(request: ApiRequest): Promise<void> | void;
  /** Injected faults, in this provider's own error format. */
  faultBody(kind: 'rate-limit' | 'error', pathname: string, retryAfterSec: number): unknown;
  /** What `/__sandbox/quirks` lists for this provider: ids of the deliberately odd records. */
  describeQuirks(): unknown;
}

/** A declarative route: method, path pattern, handler (Grafana-style route table). */
export interface Route {
  method: 'GET';
  pattern: RegExp;
  handler(request: ApiRequest, params: string[]): Promise<void> | void;
}

/** Runs the first matching route; false when none matched. HEAD is served as GET without a body. */
export async function dispatch(routes: readonly Route[], request: ApiRequest): Promise<boolean> {
  const method = request.req.method === 'HEAD' ? 'GET' : request.req.method;
  for (const route of routes) {
    if (route.method !== method) continue;
    const m = route.pattern.exec(request.url.pathname);
    if (!m) continue;
    await route.handler(request, m.slice(1).map(safeDecode));
    return true;
  }
  return false;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
