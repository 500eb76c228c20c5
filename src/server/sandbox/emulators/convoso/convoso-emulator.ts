import type { GenerateOptions } from '../../traffic.ts';
import { dispatch, type ProviderEmulator } from '../../http/emulator.ts';
import { sendJson } from '../../http/http-reply.ts';
import { hash32, mulberry32, randomHex } from '../../prng.ts';
import { apiRoutes, mediaRoutes, MEDIA_PREFIX, sendError } from './api/convoso-routes.ts';
import { describeQuirks } from './api/quirk-listing.ts';
import { generateConvoso } from './data/generate-convoso.ts';

export interface ConvosoEmulator extends ProviderEmulator {
  credentials: { authToken: string };
}

/** The exact API paths Convoso's proxy route table allows (Salesfinity shares the `/v1` prefix). */
const API_PATHS = new Set([
  '/v1/log/retrieve',
  '/v1/log/retrieve/',
  '/v1/status/search',
  '/v1/status/search/',
]);
const isMedia = (pathname: string): boolean => pathname.startsWith(`${MEDIA_PREFIX}/`);

/** UNCONFIRMED wording: Convoso documents the 401 code, not its text. */
export const AUTH_ERROR = { code: 401, text: 'Invalid or missing auth_token' } as const;

/** The Convoso emulator: generates its calls at start, then answers /v1/log/retrieve, /v1/status/search and recordings. */
export function createConvosoEmulator(options: GenerateOptions): ConvosoEmulator {
  const ds = generateConvoso(options);
  const api = apiRoutes(ds, !options.docsOnly);
  const media = mediaRoutes(ds);
  const authToken = randomHex(mulberry32(hash32(options.seed, 0xc0de)), 40);
  return {
    id: 'convoso',
    credentials: { authToken },
    owns: (pathname) => API_PATHS.has(pathname) || isMedia(pathname),
    async handle(request) {
      const { req, res, url } = request;
      if (isMedia(url.pathname)) {
        if (!(await dispatch(media, request)))
          sendJson(res, 404, { success: false, code: 404, text: 'Recording not found' });
        return;
      }
      if (url.searchParams.get('auth_token') !== authToken) return sendError(res, AUTH_ERROR);
      if (!(await dispatch(api, request)))
        sendJson(res, 405, { success: false, code: 405, text: `Method ${req.method} not allowed` });
    },
    faultBody(kind, _pathname, retryAfterSec) {
      return kind === 'rate-limit'
        ? { success: false, code: 429, text: `Too many requests. Retry after ${retryAfterSec} seconds.` }
        : { success: false, code: 500, text: 'Internal server error' };
    },
    describeQuirks: () => describeQuirks(ds),
  };
}
