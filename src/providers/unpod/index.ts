import type { ProviderAdapter } from '../adapter.ts';
import { capabilities } from './capabilities.ts';
import { parseError } from './errors.ts';
import { exactRange } from './exact-range.ts';
import { parseCount, parseList } from './list.ts';
import { countRequest, listRequest } from './request.ts';
import { unapplied } from './unapplied.ts';

/**
 * unpod: GET /api/v2/platform/call-logs/ (calls only; both documented payload versions); its total is the
 * `count` of a one-row page. No detail, lookup, transcript or recording endpoint, and no provider list to
 * pick a filter value from.
 */
export const unpodAdapter: ProviderAdapter = {
  provider: 'unpod',
  capabilities,
  unapplied,
  listRequest: (query, page) => listRequest(query, page),
  parseList,
  exactRange,
  countRequest: (query) => countRequest(query),
  parseCount,
  parseError,
  options: {},
};

export { UnexpectedResponseError } from './list.ts';
export { organizationsRequest, parseOrganizations } from './organizations.ts';
export { CALL_LOGS_PATH, ORGANIZATIONS_PATH } from './constants.ts';
