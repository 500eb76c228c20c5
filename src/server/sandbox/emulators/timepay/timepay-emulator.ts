import type { GenerateOptions } from '../../traffic.ts';
import { sendJson } from '../../http/http-reply.ts';
import { hash32, mulberry32, randomLetters } from '../../prng.ts';
import { dispatch, type ProviderEmulator } from '../../http/emulator.ts';
import { generateTimepay } from './data/generate-timepay.ts';
import { describeQuirks } from './api/quirk-listing.ts';
import { timepayRoutes } from './api/timepay-routes.ts';

export const TIMEPAY_PREFIX = '/api/v1';

export interface TimepayEmulator extends ProviderEmulator {
  token: string;
}

const isRecording = (pathname: string): boolean => pathname.startsWith(`${TIMEPAY_PREFIX}/recordings/`);

/** The timepay.ai emulator: generates its data set at start, then answers /api/v1/*. */
export function createTimepayEmulator(options: GenerateOptions): TimepayEmulator {
  const ds = generateTimepay(options);
  const routes = timepayRoutes(ds);
  const token = `tp_sandbox_${randomLetters(mulberry32(hash32(options.seed, 0x70c3)), 32)}`;
  return {
    id: 'timepay',
    token,
    owns: (pathname) => pathname === TIMEPAY_PREFIX || pathname.startsWith(`${TIMEPAY_PREFIX}/`),
    async handle(request) {
      const { req, res, url } = request;
      if (req.headers.authorization?.replace(/^bearer\s+/i, 'Bearer ') !== `Bearer ${token}`) {
        const body = { error: 'Unauthorized', message: 'Invalid or missing token' };
        // The recordings service answers errors without `success`, like its 404.
        return sendJson(res, 401, isRecording(url.pathname) ? body : { success: false, ...body });
      }
      if (!(await dispatch(routes, request))) {
        sendJson(res, 404, {
          success: false,
          error: 'NotFound',
          message: `Cannot ${req.method} ${url.pathname}`,
        });
      }
    },
    faultBody(kind, pathname, retryAfterSec) {
      const body =
        kind === 'rate-limit'
          ? {
              error: 'Too Many Requests',
              message: `Rate limit exceeded. Retry after ${retryAfterSec} seconds.`,
            }
          : { error: 'Internal Server Error', message: 'An unexpected error occurred' };
      return isRecording(pathname) ? body : { success: false, ...body };
    },
    describeQuirks: () => describeQuirks(ds),
  };
}
