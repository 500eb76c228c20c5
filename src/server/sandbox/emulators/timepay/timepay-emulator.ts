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
  /** The organisations the token reaches (`x-org-id`); the first is its default and holds the data. */
  orgIds: readonly string[];
}

/** A JSON path (not the recordings service) asked for an organisation the token cannot reach. */
const ORG_REFUSED = 'Organization not found or access denied';

const isRecording = (pathname: string): boolean => pathname.startsWith(`${TIMEPAY_PREFIX}/recordings/`);

/** `/logs` of an organisation without logs. */
function emptyLogs(params: URLSearchParams): Record<string, unknown> {
  if (params.get('count_only') === 'true') return { success: true, total: 0 };
  const page = Number(params.get('page') ?? '1') || 1;
  return {
    success: true,
    data: [],
    pagination: { page, per_page: 10, total: 0, total_pages: 0, has_next: false, has_prev: page > 1 },
  };
}

/** The timepay.ai emulator: generates its data set at start, then answers /api/v1/*. */
export function createTimepayEmulator(options: GenerateOptions): TimepayEmulator {
  const ds = generateTimepay(options);
  const live = !options.docsOnly;
  const routes = timepayRoutes(ds, live);
  const rng = mulberry32(hash32(options.seed, 0x70c3));
  const token = `tp_sandbox_${randomLetters(rng, 32)}`;
  // One token, three organisations (the live client's account had three); only the default has logs here.
  const orgIds = [0, 1, 2].map(() => `org_${randomLetters(rng, 12).toLowerCase()}`);
  return {
    id: 'timepay',
    token,
    orgIds,
    owns: (pathname) => pathname === TIMEPAY_PREFIX || pathname.startsWith(`${TIMEPAY_PREFIX}/`),
    async handle(request) {
      const { req, res, url } = request;
      if (req.headers.authorization?.replace(/^bearer\s+/i, 'Bearer ') !== `Bearer ${token}`) {
        const body = { error: 'Unauthorized', message: 'Invalid or missing token' };
        // The recordings service answers errors without `success`, like its 404.
        return sendJson(res, 401, isRecording(url.pathname) ? body : { success: false, ...body });
      }
      const org = req.headers['x-org-id'];
      const orgId = (Array.isArray(org) ? org[0] : org)?.trim();
      if (live && orgId && !isRecording(url.pathname)) {
        // A 200 whose `success:false` carries the reason in `message` (live).
        if (!orgIds.includes(orgId)) return sendJson(res, 200, { success: false, message: ORG_REFUSED });
        if (orgId !== orgIds[0] && url.pathname.startsWith(`${TIMEPAY_PREFIX}/logs`))
          return sendJson(res, 200, emptyLogs(url.searchParams));
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
