import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { logAccess, loggedPath } from './access-log.ts';
import type { Middleware } from './api-handler.ts';
import { createDashboardAuth } from './dashboard-auth.ts';
import { ensureBuilt } from './ensure-build.ts';
import { processEnv, readSettings, type Env } from './env.ts';
import { sendError } from './json-response.ts';
import { consoleLogger, type Logger } from './logger.ts';
import { createSwitchboard, type StartSandbox, type Switchboard } from './runtime.ts';
import { securityHeaders, setSecurityHeaders } from './security-headers.ts';
import { createStaticHandler } from './static-server.ts';
import { markSignedIn } from './team/identity.ts';
import { createDashboardPage } from './first-screen/dashboard-page.ts';
import { visibleSources } from './visible-sources.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ProductionServerOptions {
  /** Default `PORT` or 8080; 0 picks a free port (tests). */
  port?: number;
  /** Default `HOST` or 127.0.0.1. */
  host?: string;
  /** Default `process.env`. */
  env?: Env;
  /** The built SPA; default `<project>/dist`. */
  distDir?: string;
  /** Run `vite build` when `distDir/index.html` is missing (default true). */
  build?: boolean;
  cwd?: string;
  logger?: Logger;
  startSandbox?: StartSandbox;
}

export interface ProductionServer {
  /** Where it listens, e.g. `http://127.0.0.1:8080` (an address, so IPv4/IPv6 `localhost` cannot mislead a client). */
  url: string;
  runtime: Switchboard;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo); // a TCP listener always has an AddressInfo
    });
  });
}

function urlOf(address: AddressInfo): string {
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** `npm start`: the API middleware, then the built SPA, security headers on every response. */
export async function startProductionServer(
  options: ProductionServerOptions = {},
): Promise<ProductionServer> {
  const env = options.env ?? processEnv();
  const logger = options.logger ?? consoleLogger;
  const settings = readSettings(env);
  const distDir = options.distDir ?? join(PROJECT_ROOT, 'dist');
  // Configuration first: a bad config fails in milliseconds, not after a build.
  const runtime = await createSwitchboard({
    env,
    logger,
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.startSandbox ? { startSandbox: options.startSandbox } : {}),
  });
  let serveStatic: Middleware;
  let dashboardPage: Middleware;
  try {
    if (options.build ?? true) await ensureBuilt({ root: PROJECT_ROOT, distDir, logger });
    serveStatic = createStaticHandler(distDir);
    dashboardPage = createDashboardPage({
      distDir,
      now: runtime.now,
      sources: (req) => {
        const identity = runtime.team.identify(req);
        return visibleSources(runtime.sources, (id) => runtime.team.maySee(identity, id));
      },
    });
  } catch (error) {
    await runtime.close();
    throw error;
  }
  // The sandbox's public recordings (Salesfinity, Convoso) play from its own loopback origin.
  const headers = securityHeaders(runtime.sandbox ? [new URL(runtime.sandbox.url).origin] : []);
  const authenticate = createDashboardAuth(settings);
  const serve = (req: IncomingMessage, res: ServerResponse) =>
    runtime.handler(req, res, (error) => {
      if (error) {
        logger.warn(`[switchboard] ${req.method} ${loggedPath(req.url)}: ${String(error)}`);
        return sendError(res, 500, {
          error: 'internal_error',
          message: 'Switchboard failed to answer this request.',
        });
      }
      dashboardPage(req, res, () =>
        serveStatic(req, res, () => {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('Not found');
        }),
      );
    });
  const server = createServer((req, res) => {
    let user: string | null = null;
    logAccess(logger, req, res, () => user);
    setSecurityHeaders(res, headers);
    // /healthz stays open for load balancers and monitors; everything else (page, assets, API) is behind auth.
    if (!authenticate || loggedPath(req.url) === '/healthz') return serve(req, res);
    authenticate(req).then(
      (result) => {
        if (result.ok) {
          user = result.user;
          if (result.user !== null) markSignedIn(req, { user: result.user, proxyGroups: result.groups });
          return serve(req, res);
        }
        sendError(res, result.status, { error: 'unauthorized', message: result.message }, result.headers);
      },
      (error: unknown) => {
        logger.warn(`[switchboard] authentication failed: ${String(error)}`);
        sendError(res, 500, {
          error: 'internal_error',
          message: 'Switchboard failed to answer this request.',
        });
      },
    );
  });
  // Slow clients cannot hold connections open for ever (slowloris); GETs have no body to wait for.
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;

  let address: AddressInfo;
  try {
    address = await listen(server, options.port ?? settings.port, options.host ?? settings.host);
  } catch (error) {
    await runtime.close();
    throw error;
  }

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Open streams (a recording playing) get a moment to finish, then are cut.
      const cut = setTimeout(() => server.closeAllConnections(), 2_000);
      await closed;
      clearTimeout(cut);
      await runtime.close();
    })();
    return closing;
  };
  return { url: urlOf(address), runtime, close };
}
