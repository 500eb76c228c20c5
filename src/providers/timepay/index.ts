import type { ProviderAdapter } from '../adapter.ts';
import { capabilities } from './capabilities.ts';
import { detailRequest, lookupRequests, parseDetail, parseLookup } from './details.ts';
import { errorInBody, parseError } from './errors.ts';
import { exactRange } from './exact-range.ts';
import { parseCount, parseList } from './list.ts';
import { agentOptions, campaignOptions, dispositionOptions } from './options.ts';
import { countRequest, listRequest } from './request.ts';
import { parseTranscript, transcriptRequest } from './transcripts.ts';
import { unapplied } from './unapplied.ts';

/** timepay.ai: GET /api/v1/logs (calls, WhatsApp, SMS) and its detail, transcript and picker endpoints. */
export const timepayAdapter: ProviderAdapter = {
  provider: 'timepay',
  capabilities,
  unapplied,
  listRequest,
  parseList,
  exactRange,
  countRequest,
  parseCount,
  parseError,
  errorInBody,
  detailRequest,
  parseDetail,
  lookupRequests,
  parseLookup,
  transcriptRequest,
  parseTranscript,
  options: { campaign: campaignOptions, disposition: dispositionOptions, agent: agentOptions },
};

export { UnexpectedResponseError } from './list.ts';
export { TRANSCRIPT_PATH } from './constants.ts';
