import type { ProviderAdapter } from '../adapter.ts';
import { capabilities } from './capabilities.ts';
import { parseError } from './errors.ts';
import { parseCount, parseList } from './list.ts';
import { agentOptions, contactListOptions, dispositionOptions } from './options.ts';
import { countRequest, listRequest, unapplied } from './request.ts';

/**
 * Salesfinity: GET /v1/call-log with `filters[...]`, and its pickers (dispositions, contact lists,
 * team, sequences). No endpoint fetches one call by id, so there is no detail or lookup.
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
  options: { campaign: contactListOptions, disposition: dispositionOptions, agent: agentOptions },
};

export { UnexpectedResponseError } from './list.ts';
