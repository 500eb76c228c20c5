import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from './logger.ts';

/** The path of a request target without its query or fragment (phone numbers live there), printable. */
export function loggedPath(url: string | undefined): string {
  const target = (url ?? '/').replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  const path = target.split(/[?#]/, 1)[0] || '/';
  // No raw control or non-ASCII character can forge a log line (they arrive %-encoded anyway).
  return path.replace(/[^\x21-\x7e]/g, (char) => encodeURIComponent(char));
}

/** One line per response: method, path, status, duration (and the user when signed in), never the query string. */
export function logAccess(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  user: () => string | null,
): void {
  const started = process.hrtime.bigint();
  let logged = false;
  const log = (note: string) => {
    if (logged) return;
    logged = true;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const who = user()?.replace(/[^\x21-\x7e]/g, (char) => encodeURIComponent(char));
    logger.info(
      `[access] ${req.method ?? '-'} ${loggedPath(req.url)} ${res.statusCode} ${ms.toFixed(1)}ms${who ? ` user=${who}` : ''}${note}`,
    );
  };
  const whole = countBody(res);
  res.once('finish', () => log(''));
  // A client that hangs up on its last byte can close before a streamed body's end() is called: still whole.
  res.once('close', () => log(res.writableEnded || whole() ? '' : ' (client left)'));
}

/**
 * True once the socket has sent as many bytes for this response as its declared Content-Length. Headers count
 * too, so a client that leaves within the last few hundred bytes is taken as served: a log note, not a receipt.
 */
function countBody(res: ServerResponse): () => boolean {
  const socket = res.socket;
  const before = socket?.bytesWritten ?? 0;
  // writeHead(status, headers) bypasses getHeader(): note the length it declares on the way.
  let declared = NaN;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const headers = args.find((a, i) => i > 0 && typeof a === 'object' && a !== null);
    if (headers && !Array.isArray(headers))
      for (const [name, value] of Object.entries(headers))
        if (name.toLowerCase() === 'content-length') declared = Number(value);
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
  return () => {
    const length = Number.isFinite(declared) ? declared : Number(res.getHeader('content-length'));
    return socket !== null && Number.isFinite(length) && socket.bytesWritten - before >= length;
  };
}
