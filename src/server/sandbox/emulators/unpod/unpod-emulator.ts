import type { GenerateOptions } from '../../traffic.ts';
import { sendJson } from '../../http/http-reply.ts';
import { dispatch, type ProviderEmulator } from '../../http/emulator.ts';
import { hash32, mulberry32, randomHex, randomLetters } from '../../prng.ts';
import { uuidCodec } from '../../reversible-id.ts';
import { checkAuth, type UnpodCredentials } from './api/auth.ts';
import { describeQuirks } from './api/quirk-listing.ts';
import { unpodRoutes } from './api/unpod-routes.ts';
import { CALL_LOGS_PATH, ORGANIZATIONS_PATH } from './constants.ts';
import { generateUnpod } from './data/generate-unpod.ts';
import { SANDBOX_PRODUCT_ID } from './live/live-record.ts';

export interface UnpodEmulator extends ProviderEmulator {
  /** What a config file's `credentials` holds for this provider (provider-routes.ts). */
  credentials: UnpodCredentials;
  /** A token unpod knows but answers 403 "Token has expired." for. */
  expiredToken: string;
}

const OWNED = new Set([
  CALL_LOGS_PATH,
  ORGANIZATIONS_PATH,
  CALL_LOGS_PATH.slice(0, -1),
  ORGANIZATIONS_PATH.slice(0, -1),
]);

/** The unpod emulator: generates its calls at start, then answers /api/v2/platform/{call-logs,organizations}/. */
export function createUnpodEmulator(options: GenerateOptions): UnpodEmulator {
  const ds = generateUnpod(options);
  const ids = uuidCodec(options.seed, 0x0e91);
  const rng = mulberry32(hash32(options.seed, 0x70c4));
  // Django REST framework tokens are 40 hex digits.
  const credentials: UnpodCredentials = {
    token: randomHex(rng, 40),
    orgHandle: `sandbox-${randomLetters(rng, 6).toLowerCase()}`,
    productId: SANDBOX_PRODUCT_ID,
  };
  const live = !options.docsOnly;
  const expiredToken = randomHex(rng, 40);
  const routes = unpodRoutes(
    ds,
    ids,
    { name: 'Switchboard Sandbox Voice', domain_handle: credentials.orgHandle },
    live,
  );
  return {
    id: 'unpod',
    credentials,
    expiredToken,
    owns: (pathname) => OWNED.has(pathname),
    async handle(request) {
      const { req, res, url } = request;
      if (!url.pathname.endsWith('/')) {
        // Django's APPEND_SLASH: a GET without the trailing slash is redirected before any view runs.
        res.writeHead(301, { Location: `${url.pathname}/${url.search}`, 'Content-Length': '0' });
        res.end();
        return;
      }
      const failure = checkAuth(req, credentials, expiredToken, url.pathname === CALL_LOGS_PATH, live);
      if (failure?.unknownOrg) {
        // Live: an Org-Handle nobody owns filters every row away; a typo looks like "no calls".
        return sendJson(res, 200, { count: 0, status_code: 200, message: failure.message, data: [] });
      }
      if (failure !== null) {
        const body: Record<string, unknown> = { status_code: failure.status, message: failure.message };
        if (live && failure.status === 400) body.data = {};
        return sendJson(res, failure.status, body);
      }
      if (!(await dispatch(routes, request))) {
        sendJson(res, 405, { status_code: 405, message: `Method "${req.method}" not allowed.` });
      }
    },
    faultBody(kind, _pathname, retryAfterSec) {
      return kind === 'rate-limit'
        ? {
            status_code: 429,
            message: `Request was throttled. Expected available in ${Math.round(retryAfterSec)} seconds.`,
          }
        : { status_code: 500, message: 'Internal server error' };
    },
    describeQuirks: () => describeQuirks(ds, ids),
  };
}
