import sirv from 'sirv';
import type { Middleware } from './api-handler.ts';

/** Vite fingerprints everything under /assets/: a name never changes content, so cache it for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and other unhashed files: always revalidate (cheap with ETag), so a deploy shows at once. */
const REVALIDATE = 'no-cache';

/** Serves the built SPA: files from `distDir`, and index.html for any other extension-less GET (`/logs?x=1`). */
export function createStaticHandler(distDir: string): Middleware {
  const serve = sirv(distDir, {
    single: true,
    etag: true,
    dotfiles: false,
    setHeaders: (res, pathname) => {
      res.setHeader('cache-control', pathname.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    },
  });
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed');
      return;
    }
    serve(req, res, () => next());
  };
}
