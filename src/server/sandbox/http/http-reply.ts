import type { IncomingMessage, ServerResponse } from 'node:http';

/** Per-response rewrite of JSON bodies (the hostile mode's transform), set by the http layer. */
const jsonTransforms = new WeakMap<ServerResponse, (body: unknown) => unknown>();

export function setJsonTransform(res: ServerResponse, transform: (body: unknown) => unknown): void {
  jsonTransforms.set(res, transform);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const transform = jsonTransforms.get(res);
  const text = JSON.stringify(transform ? transform(body) : body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** Reads a small request body (control endpoints only); rejects past `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw new Error(`body larger than ${limit} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}
