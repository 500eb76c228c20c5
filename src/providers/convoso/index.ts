import type { ProviderAdapter } from '../adapter.ts';
import { capabilities } from './capabilities.ts';
import { lookupRequests } from './details.ts';
import { errorOf200, parseError } from './errors.ts';
import { parseCount, parseList, parseLookup } from './list.ts';
import { statusOptions } from './options.ts';
import { countRequest, listRequest } from './request.ts';
import { unapplied } from './unapplied.ts';

/** Convoso: GET /v1/log/retrieve (calls, with public recording URLs) and /v1/status/search for statuses. */
export const convosoAdapter: ProviderAdapter = {
  provider: 'convoso',
  capabilities,
  unapplied,
  listRequest,
  parseList,
  countRequest,
  parseCount,
  parseError,
  errorInBody: errorOf200,
  lookupRequests,
  parseLookup,
  options: { status: statusOptions },
};

export { ConvosoError } from './errors.ts';
export { UnexpectedResponseError } from './list.ts';
export { MAX_OFFSET, PAGE_SIZE } from './constants.ts';
