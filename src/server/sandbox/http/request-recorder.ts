import type { IncomingMessage } from 'node:http';
import type { RecordedRequest } from '../types.ts';

export const RECORDED_LIMIT = 500;

/** Appends to the ring in place (the array is shared with `Sandbox.requests`), dropping the oldest. */
export function recordRequest(ring: RecordedRequest[], entry: RecordedRequest): void {
  ring.push(entry);
  if (ring.length > RECORDED_LIMIT) ring.splice(0, ring.length - RECORDED_LIMIT);
}

export function describeRequest(
  req: IncomingMessage,
  url: URL,
  at: number,
  status: number,
  aborted = false,
): RecordedRequest {
  const query: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (query[key] ??= []).push(value);
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return { at, method: req.method ?? 'GET', path: url.pathname, query, headers, status, aborted };
}
