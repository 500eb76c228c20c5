import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import { pipeline, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import { BodyTooLargeError, guardBody } from './body-guard.ts';
import { admit, pauseOn429 } from './budget/admission.ts';
import type { Budgets } from './budget/budgets.ts';
import { cacheKey, cacheTtl } from './cache/cache-policy.ts';
import { CACHE_HEADER, captureStage, type ProxyCache, type ResponseCapture } from './cache/proxy-cache.ts';
import { sendError } from './json-response.ts';
import type { Logger } from './logger.ts';
import { clientResponseHeaders, upstreamRequestHeaders } from './proxy-headers.ts';
import { redact } from './redact.ts';
import { matchRoute, type RoutePattern } from './route-pattern.ts';
import type { ServerSource } from './server-source.ts';
import { upstreamQuery } from './upstream-query.ts';

export interface ProxyOptions {
  /** Request timeout: the headers, and the whole body of a JSON response, must arrive within it. */
  timeoutMs: number;
  /** Idle timeout: the longest silence from the upstream once its response has begun (recordings too). */
  idleTimeoutMs?: number;
  /** The largest JSON (non-media) body passed on; recordings are exempt. */
  maxJsonBytes?: number;
  logger: Logger;
  /** One token bucket per source; absent: requests go straight up (as before issue 16). */
  budgets?: Budgets;
  /** Coalescing and the short JSON cache; absent: every request goes upstream. */
  cache?: { proxyCache: ProxyCache; ttl: { shortMs: number; pinnedMs: number } };
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

const DEFAULT_MAX_JSON_BYTES = 20 * 1024 * 1024;

function errorReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error && typeof error.code === 'string' ? error.code : null;
  return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}

/** Host names as `http.request` wants them: IPv6 literals without brackets. */
function hostnameOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Audio or video from a recording route streams as is: no size limit, no total deadline, byte ranges intact. */
function isMedia(route: RoutePattern, contentType: string | undefined): boolean {
  return route.cacheable && /^(audio|video)\/|^application\/octet-stream/i.test(contentType ?? '');
}

/** Decoders for the encodings a provider may answer with, so that guarded bodies are scrubbed as text. */
const DECODERS: Readonly<Record<string, () => Transform>> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/** Where a redirect pointed, without its path or query (they may carry the credentials we sent). */
function redirectTarget(location: string | undefined, base: URL): string {
  if (!location) return 'nowhere';
  try {
    const target = new URL(location, base);
    return target.host === base.host ? 'the same host' : `another host (${target.host})`;
  } catch {
    return 'an invalid address';
  }
}

export function createProxy(options: ProxyOptions): Proxy {
  // Keep-alive agents: most requests go to the same few upstreams, often page after page.
  // At most 64 connections per upstream: 200 browsers at once queue here (fairly) instead of racing to
  // connect; on the load test the p99 fell from 9 s to 2 s.
  const agentOptions = { keepAlive: true, maxSockets: 64 };
  const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };
  const idleTimeoutMs = options.idleTimeoutMs ?? options.timeoutMs;
  const maxJsonBytes = options.maxJsonBytes ?? DEFAULT_MAX_JSON_BYTES;

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
    const named = `${source.label} (source "${source.id}")`;

    const warn = (message: string) => options.logger.warn(`[switchboard] ${describe}: ${message}`);
    const fail = (status: number, error: string, message: string) => {
      warn(message);
      if (!res.headersSent) sendError(res, status, { error, source: source.id, message });
      else res.destroy();
    };

    const send = (attempt: number, capture: ResponseCapture | null): void => {
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

      // The request timeout: cleared at the headers for media, at the end of the body for JSON.
      const deadline = setTimeout(() => {
        if (!res.headersSent) {
          upstream.destroy(new Error(`no answer within ${options.timeoutMs} ms`));
        } else {
          warn(`the response did not finish within ${options.timeoutMs} ms; cut`);
          upstream.destroy();
          res.destroy();
        }
      }, options.timeoutMs);
      const done = () => clearTimeout(deadline);

      upstream.on('response', (upstreamRes) => {
        const status = upstreamRes.statusCode ?? 502;
        if (status === 429) pauseOn429(budget, upstreamRes.headers['retry-after']);
        // Once the upstream has begun, silence is what counts (a paused recording, a stalled page).
        upstream.setTimeout(idleTimeoutMs, () => {
          warn(`the provider sent nothing for ${idleTimeoutMs} ms; cut`);
          upstream.destroy();
          res.destroy();
        });

        if (status >= 300 && status < 400 && status !== 304) {
          // Never followed: a redirect could carry the credentials to another host.
          done();
          upstreamRes.resume();
          upstream.destroy();
          const where = redirectTarget(upstreamRes.headers.location, target);
          return fail(
            502,
            'upstream_redirect',
            `${named} answered with a redirect (HTTP ${status}) to ${where}; Switchboard does not follow redirects. Check the source's baseUrl.`,
          );
        }

        const media = isMedia(route, upstreamRes.headers['content-type']);
        const declared = Number(upstreamRes.headers['content-length'] ?? NaN);
        if (!media && declared > maxJsonBytes) {
          done();
          upstream.destroy();
          return fail(
            502,
            'upstream_too_large',
            `${named} answered with ${declared} bytes, more than the ${maxJsonBytes} Switchboard passes on (SWITCHBOARD_MAX_JSON_BYTES).`,
          );
        }
        const encoding = String(upstreamRes.headers['content-encoding'] ?? 'identity').toLowerCase();
        const decoder = media || encoding === 'identity' ? undefined : DECODERS[encoding];
        if (!media && encoding !== 'identity' && !decoder) {
          done();
          upstream.destroy();
          return fail(
            502,
            'upstream_bad_encoding',
            `${named} answered in an unknown encoding (${encoding}).`,
          );
        }

        const headers = clientResponseHeaders(upstreamRes.headers, {
          cacheable: route.cacheable,
          secrets: source.secrets,
        });
        headers['x-switchboard-source'] = source.id;
        if (status === 401 || status === 403) {
          // The UI tells "check the credentials of this source" apart from other provider errors by this header.
          headers['x-switchboard-upstream-auth'] = 'failed';
          warn(`${named}: the provider refused the credentials (HTTP ${status})`);
        }
        if (media) {
          done();
          res.writeHead(status, headers);
          pipeline(upstreamRes, res, (error) => {
            if (error && !res.destroyed) warn(`stream broke: ${redact(errorReason(error), source.secrets)}`);
          });
          return;
        }
        // JSON: scrubbed of credentials as it streams, so its length may change.
        delete headers['content-length'];
        delete headers['content-encoding'];
        capture?.head(status, headers);
        res.writeHead(status, headers);
        const guard = guardBody({ limit: maxJsonBytes, secrets: source.secrets });
        const stages = decoder ? [upstreamRes, decoder(), guard] : [upstreamRes, guard];
        if (capture) stages.push(captureStage(capture));
        pipeline([...stages, res], (error) => {
          done();
          if (!error) return;
          upstream.destroy();
          if (error instanceof BodyTooLargeError) warn(`${error.message}; cut`);
          else if (!res.destroyed) warn(`stream broke: ${redact(errorReason(error), source.secrets)}`);
          res.destroy();
        });
      });

      upstream.on('error', (error) => {
        done();
        if (res.destroyed || res.writableEnded) return; // the client left, or the streaming pipeline handles it
        if (res.headersSent) return void res.destroy();
        // A kept-alive socket the upstream closed meanwhile: a GET is safe to send once more on a fresh one.
        if (attempt === 0 && upstream.reusedSocket && 'code' in error && error.code === 'ECONNRESET')
          return send(1, capture);
        const message = `Could not reach ${named}: ${redact(errorReason(error), source.secrets)}`;
        warn(message);
        sendError(res, 502, { error: 'upstream_unreachable', source: source.id, message });
      });

      // The browser went away (cancelled query, closed player): stop the upstream request too.
      res.once('close', () => {
        if (!res.writableFinished) upstream.destroy();
        done();
      });

      upstream.end();
    };

    res.setHeader(CACHE_HEADER, 'miss');
    const budget = options.budgets?.forSource(source.id);
    const fetch = (capture: ResponseCapture | null) =>
      admit(budget, req, res, named, source.id, () => send(0, capture));
    const key =
      options.cache && req.method === 'GET' && !route.cacheable
        ? cacheKey(source.id, rawPath, rawQuery, req.headers)
        : null;
    if (key === null || !options.cache) return fetch(null);
    options.cache.proxyCache.serve(res, key, cacheTtl(rawQuery, Date.now(), options.cache.ttl), fetch);
  }

  return {
    forward,
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
