import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream';
import { sendError } from './json-response.ts';
import type { Logger } from './logger.ts';
import { clientResponseHeaders, upstreamRequestHeaders } from './proxy-headers.ts';
import { redact } from './redact.ts';
import { matchRoute } from './route-pattern.ts';
import type { ServerSource } from './server-source.ts';
import { upstreamQuery } from './upstream-query.ts';

export interface ProxyOptions {
  /** Idle time (no byte from the upstream) after which the request is abandoned. */
  timeoutMs: number;
  logger: Logger;
}

export interface Proxy {
  /** Forwards a GET/HEAD for `rawPath` (still %-encoded, e.g. `/api/v1/logs`) to the source, or answers 404. */
  forward(
    req: IncomingMessage,
    res: ServerResponse,
    source: ServerSource,
    rawPath: string,
    rawQuery: string,
  ): void;
  close(): void;
}

function errorReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error && typeof error.code === 'string' ? error.code : null;
  return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}

/** Host names as `http.request` wants them: IPv6 literals without brackets. */
function hostnameOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

export function createProxy(options: ProxyOptions): Proxy {
  // Keep-alive agents: most requests go to the same few upstreams, often page after page.
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

  function forward(
    req: IncomingMessage,
    res: ServerResponse,
    source: ServerSource,
    rawPath: string,
    rawQuery: string,
  ) {
    const route = matchRoute(source.routes, rawPath);
    if (!route) {
      sendError(res, 404, {
        error: 'path_not_allowed',
        source: source.id,
        message: `The ${source.provider} API path ${JSON.stringify(rawPath)} is not one Switchboard proxies.`,
      });
      return;
    }
    const target = new URL(source.baseUrl);
    const secure = target.protocol === 'https:';
    const describe = `source "${source.id}": ${req.method} ${rawPath}`;

    const warn = (message: string) => options.logger.warn(`[switchboard] ${describe}: ${message}`);

    const send = (attempt: number): void => {
      let upstream: http.ClientRequest;
      try {
        upstream = (secure ? https : http).request({
          protocol: target.protocol,
          hostname: hostnameOf(target),
          port: target.port || undefined,
          method: req.method,
          path: rawPath + upstreamQuery(rawQuery, source.auth.query),
          headers: upstreamRequestHeaders(req.headers, source.auth.headers),
          agent: secure ? agents.https : agents.http,
        });
      } catch (error) {
        // Node refuses request targets with characters an HTTP request line cannot carry.
        const message = redact(errorReason(error), source.secrets);
        sendError(res, 400, { error: 'bad_request', source: source.id, message });
        return;
      }

      upstream.setTimeout(options.timeoutMs, () => {
        upstream.destroy(new Error(`no answer within ${options.timeoutMs} ms`));
      });

      upstream.on('response', (upstreamRes) => {
        const status = upstreamRes.statusCode ?? 502;
        const headers = clientResponseHeaders(upstreamRes.headers, { cacheable: route.cacheable });
        if (status === 401 || status === 403) {
          // The UI tells "check the credentials of this source" apart from other provider errors by this header.
          headers['x-switchboard-upstream-auth'] = 'failed';
          warn(`the provider refused the credentials (HTTP ${status})`);
        }
        res.writeHead(status, headers);
        pipeline(upstreamRes, res, (error) => {
          if (error && !res.destroyed) warn(`stream broke: ${redact(errorReason(error), source.secrets)}`);
        });
      });

      upstream.on('error', (error) => {
        if (res.destroyed || res.writableEnded) return; // the client left, or the streaming pipeline handles it
        if (res.headersSent) return void res.destroy();
        // A kept-alive socket the upstream closed meanwhile: a GET is safe to send once more on a fresh one.
        if (attempt === 0 && upstream.reusedSocket && 'code' in error && error.code === 'ECONNRESET')
          return send(1);
        const message = `Could not reach ${source.label} (source "${source.id}"): ${redact(errorReason(error), source.secrets)}`;
        warn(message);
        sendError(res, 502, { error: 'upstream_unreachable', source: source.id, message });
      });

      // The browser went away (cancelled query, closed player): stop the upstream request too.
      res.once('close', () => {
        if (!res.writableFinished) upstream.destroy();
      });

      upstream.end();
    };
    send(0);
  }

  return {
    forward,
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
