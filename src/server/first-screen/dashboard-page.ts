import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { INLINED_NOW_ID, INLINED_SOURCES_ID, type SourceInfo } from '../../logs/source.ts';
import type { Middleware } from '../api-handler.ts';
import { ADAPTER_MODULES, readChunkFiles } from './adapter-chunks.ts';
import { htmlAttribute, inertJson } from './inert-json.ts';
import { logsFirstScreen } from './page-one.ts';

/** The lazily loaded page of /customer: its chunk starts with the entry. */
const TIMELINE_MODULE = 'src/features/timeline/index.ts';
/** index.html preloads the list for pages served as they are; a page with the list inlined drops it. */
const SOURCES_PRELOAD = /[ \t]*<link rel="preload" href="\/api\/sources"[^>]*>\n?/;

/** What a dashboard page needs first, as `<head>` links: the chunks to preload and page 1 of each source. */
export interface FirstScreen {
  modules: string[];
  fetches: string[];
  /** The instant page 1 was planned at (its open upper bound), when there is a page 1 to preload. */
  asOf?: number;
}

export interface DashboardPageOptions {
  distDir: string;
  /** The sources this request may see (`visibleSources`): the list inlined into the page. */
  sources: (req: IncomingMessage) => readonly SourceInfo[];
  /** The server's clock (the sandbox's when it runs on a fixed now): the instant a first result is read at. */
  now: () => number;
}

function pathOf(url: string): string {
  const at = url.search(/[?#]/);
  const path = at === -1 ? url : url.slice(0, at);
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** The page of the dashboard with the source list inlined (inert JSON) and the first screen's preloads. */
export function dashboardHtml(template: string, sources: readonly SourceInfo[], first: FirstScreen): string {
  const head = [
    ...first.modules.map((href) => `<link rel="modulepreload" crossorigin href="${htmlAttribute(href)}">`),
    ...first.fetches.map(
      (href) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${htmlAttribute(href)}">`,
    ),
    `<script type="application/json" id="${INLINED_SOURCES_ID}">${inertJson(sources)}</script>`,
    ...(first.asOf === undefined
      ? []
      : [`<script type="application/json" id="${INLINED_NOW_ID}">${inertJson(first.asOf)}</script>`]),
  ].join('\n    ');
  const page = template.replace(SOURCES_PRELOAD, '');
  const at = page.indexOf('</head>');
  const where = at !== -1 ? at : Math.max(0, page.indexOf('<script'));
  return `${page.slice(0, where)}    ${head}\n  ${page.slice(where)}`;
}

/**
 * `/logs`, `/customer` and `/sources` with everything their first screen needs started at once: the
 * source list inlined, `modulepreload` of the adapter chunks the URL's sources need, and a preload of
 * page 1 of each source with the very URL the table then asks for (the browser answers that request from
 * the preload). Any other path, or a build without index.html, goes on to the static files.
 */
export function createDashboardPage(options: DashboardPageOptions): Middleware {
  const indexPath = join(options.distDir, 'index.html');
  if (!existsSync(indexPath)) return (_req, _res, next) => next();
  const template = readFileSync(indexPath, 'utf8');
  const loaded = new Set([...template.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? ''));
  const chunkFiles = readChunkFiles(options.distDir, loaded);
  // Adapters share helper chunks: each file once.
  const adapterFiles = (providers: readonly SourceInfo['provider'][]) => [
    ...new Set(providers.flatMap((provider) => chunkFiles(ADAPTER_MODULES[provider]))),
  ];

  async function firstScreen(
    path: string,
    search: URLSearchParams,
    sources: readonly SourceInfo[],
  ): Promise<FirstScreen> {
    if (path === '/logs') {
      const asOf = options.now();
      const { providers, pageOne } = await logsFirstScreen(search, sources, asOf);
      return { modules: adapterFiles(providers), fetches: pageOne, ...(pageOne.length > 0 ? { asOf } : {}) };
    }
    if (path === '/customer') {
      const providers = [...new Set(sources.map((s) => s.provider))];
      return {
        modules: [...new Set([...chunkFiles(TIMELINE_MODULE), ...adapterFiles(providers)])],
        fetches: [],
      };
    }
    return { modules: [], fetches: [] };
  }

  const send = (req: IncomingMessage, res: ServerResponse, html: string) => {
    const body = Buffer.from(html);
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      // Inlined per request (and, with per-user access, per user): never from a shared cache.
      'cache-control': 'no-cache, private',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  return (req, res, next) => {
    const url = req.url ?? '/';
    const path = pathOf(url);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !['/logs', '/customer', '/sources'].includes(path))
      return next();
    const sources = options.sources(req);
    const at = url.indexOf('?');
    const search = new URLSearchParams(at === -1 ? '' : url.slice(at + 1).split('#')[0]);
    // Bad params (or anything unforeseen) cost the preloads, never the page.
    firstScreen(path, search, sources)
      .catch(() => ({ modules: [], fetches: [] }))
      .then((first) => send(req, res, dashboardHtml(template, sources, first)))
      .catch(next);
  };
}
