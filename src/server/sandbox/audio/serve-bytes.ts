import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ByteSource } from './byte-source.ts';
import { decideRange } from './byte-range.ts';

const CHUNK = 64 * 1024;

/**
 * Sends a ByteSource with `Range` support (206 / 416), streaming in 64 kB chunks with backpressure,
 * so a 10-minute recording never sits in memory whole.
 */
export async function serveBytes(
  req: IncomingMessage,
  res: ServerResponse,
  source: ByteSource,
  unsatisfiableBody: unknown,
): Promise<void> {
  const decision = decideRange(req.headers.range, source.size);
  const common = { 'Accept-Ranges': 'bytes', 'Cache-Control': 'private, max-age=3600' };
  if (decision.kind === 'unsatisfiable') {
    const text = JSON.stringify(unsatisfiableBody);
    res.writeHead(416, {
      ...common,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(text)),
      'Content-Range': `bytes */${source.size}`,
    });
    res.end(text);
    return;
  }
  const start = decision.kind === 'partial' ? decision.start : 0;
  const end = decision.kind === 'partial' ? decision.end : source.size - 1;
  res.writeHead(decision.kind === 'partial' ? 206 : 200, {
    ...common,
    'Content-Type': source.contentType,
    'Content-Length': String(end - start + 1),
    ...(decision.kind === 'partial' ? { 'Content-Range': `bytes ${start}-${end}/${source.size}` } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  for (let pos = start; pos <= end; pos += CHUNK) {
    if (res.destroyed) return;
    const chunk = source.read(pos, Math.min(pos + CHUNK, end + 1));
    if (!res.write(chunk)) await drained(res);
  }
  res.end();
}

/** Resolves when the socket wants more, or when the client went away. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
