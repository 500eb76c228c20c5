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
  res.once('finish', () => log(''));
  // 'close' can come before 'finish' when the client hangs up right after the last byte: the answer was whole.
  res.once('close', () => log(res.writableEnded ? '' : ' (client left)'));
}
