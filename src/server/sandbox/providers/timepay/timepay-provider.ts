import { sendJson } from '../../http-reply.ts';
import { hash32, mulberry32, randomLetters } from '../../prng.ts';
import { dispatch, type SandboxProvider } from '../../provider.ts';
import { generateTimepay } from './generate-timepay.ts';
import { describeQuirks } from './quirk-listing.ts';
import { timepayRoutes } from './timepay-routes.ts';

export const TIMEPAY_PREFIX = '/api/v1';

export interface TimepayProvider extends SandboxProvider {
  token: string;
}

const isRecording = (pathname: string): boolean => pathname.startsWith(`${TIMEPAY_PREFIX}/recordings/`);

/** The timepay.ai emulator: generates its data set at start, then answers /api/v1/*. */
export function createTimepayProvider(options: { nowMs: number; seed: number; count: number }): TimepayProvider {
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
        sendJson(res, 404, { success: false, error: 'NotFound', message: `Cannot ${req.method} ${url.pathname}` });
      }
    },
    faultBody(kind, pathname, retryAfterSec) {
      const body =
        kind === 'rate-limit'
          ? { error: 'Too Many Requests', message: `Rate limit exceeded. Retry after ${retryAfterSec} seconds.` }
          : { error: 'Internal Server Error', message: 'An unexpected error occurred' };
      return isRecording(pathname) ? body : { success: false, ...body };
    },
    describeQuirks: () => describeQuirks(ds),
  };
}
