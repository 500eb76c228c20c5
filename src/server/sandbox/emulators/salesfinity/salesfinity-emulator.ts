import type { GenerateOptions } from '../../traffic.ts';
import { dispatch, type ProviderEmulator } from '../../http/emulator.ts';
import { sendJson } from '../../http/http-reply.ts';
import { hash32, mulberry32, randomHex } from '../../prng.ts';
import { describeQuirks } from './api/quirk-listing.ts';
import { mediaRoutes, salesfinityRoutes } from './api/salesfinity-routes.ts';
import { generateSalesfinity } from './data/generate-salesfinity.ts';

/** The exact API paths of Salesfinity (Convoso shares the `/v1` prefix), and its public media. */
const API_PATH =
  /^\/v1\/(?:call-log(?:\/[0-9A-Za-z]+)?|dispositions|sequences(?:\/[^/]+)?|team|contact-lists(?:\/csv)?)\/?$/;
const MEDIA_PATH = /^\/salesfinity-media\//;

/** UNCONFIRMED: the docs show no auth error; NestJS's shape, like every other error here. */
export const AUTH_ERROR = { statusCode: 401, message: 'Invalid API key', error: 'Unauthorized' };

export interface SalesfinityEmulator extends ProviderEmulator {
  credentials: { apiKey: string };
}

/** The Salesfinity emulator: generates its data set at start, then answers /v1/call-log and friends. */
export function createSalesfinityEmulator(options: GenerateOptions): SalesfinityEmulator {
  const ds = generateSalesfinity(options);
  const api = salesfinityRoutes(ds, options.docsOnly ?? false);
  const media = mediaRoutes(ds);
  const apiKey = `sf_sandbox_${randomHex(mulberry32(hash32(options.seed, 0x5a1f)), 40)}`;
  return {
    id: 'salesfinity',
    credentials: { apiKey },
    owns: (pathname) => API_PATH.test(pathname) || MEDIA_PATH.test(pathname),
    async handle(request) {
      const { req, res, url } = request;
      // Recordings are public URLs: no key.
      if (MEDIA_PATH.test(url.pathname)) {
        if (!(await dispatch(media, request)))
          sendJson(res, 404, { statusCode: 404, message: 'Not Found', error: 'Not Found' });
        return;
      }
      if (req.headers['x-api-key'] !== apiKey) return sendJson(res, 401, AUTH_ERROR);
      if (!(await dispatch(api, request))) {
        sendJson(res, 404, {
          statusCode: 404,
          message: `Cannot ${req.method} ${url.pathname}`,
          error: 'Not Found',
        });
      }
    },
    faultBody(kind) {
      return kind === 'rate-limit'
        ? { statusCode: 429, message: 'ThrottlerException: Too Many Requests' }
        : { statusCode: 500, message: 'Internal server error' };
    },
    describeQuirks: () => describeQuirks(ds),
  };
}
