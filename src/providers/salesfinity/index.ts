import type { ProviderAdapter } from '../adapter.ts';
import { capabilities } from './capabilities.ts';
import { parseError } from './errors.ts';
import { parseCount, parseList } from './list.ts';
import { lookupRequests, parseLookup } from './lookup.ts';
import { agentOptions, contactListOptions, dispositionOptions } from './options.ts';
import { countRequest, listRequest, unapplied } from './request.ts';

/**
 * Salesfinity: GET /v1/call-log with `filters[...]`, and its pickers (dispositions, contact lists,
 * team, sequences); a pasted `log=` opens through `GET /v1/call-log/{id}`.
 */
export const salesfinityAdapter: ProviderAdapter = {
  provider: 'salesfinity',
  capabilities,
  unapplied,
  listRequest: (query, page, source) => listRequest(query, page, source),
  parseList,
  countRequest,
  parseCount,
  parseError,
  lookupRequests,
  parseLookup,
  options: { campaign: contactListOptions, disposition: dispositionOptions, agent: agentOptions },
};

export { UnexpectedResponseError } from './list.ts';
