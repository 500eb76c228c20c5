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
  options: { rawControls?: boolean } = {},
): void {
  const transform = jsonTransforms.get(res);
  const json = JSON.stringify(transform ? transform(body) : body);
  // Salesfinity's live bodies carry control characters raw inside strings (not valid JSON): undo the escapes.
  const text = options.rawControls ? unescapeControls(json) : json;
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** `\u0007` → a raw BEL, and so on for U+0000–U+001F escaped as `\u00XX` (not an escaped backslash before it). */
export function unescapeControls(json: string): string {
  return json.replace(/(?<!\\)\\u00([01][0-9a-fA-F])/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
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
