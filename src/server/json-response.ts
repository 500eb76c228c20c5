import type { ServerResponse } from 'node:http';

/** The error body every `/api` failure uses, so the UI can show `message` and branch on `error`. */
export interface ApiErrorBody {
  error: string;
  message: string;
  source?: string;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

export function sendError(
  res: ServerResponse,
  status: number,
  body: ApiErrorBody,
  headers?: Record<string, string>,
): void {
  sendJson(res, status, body, headers);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}
