import type { FilterRef, ProviderErrorInfo } from '../adapter.ts';
import { fieldErrors } from '../common/field-errors.ts';
import {
  errorAndMessage,
  plainTextWords,
  statusErrorText,
  type ProviderWords,
} from '../common/error-words.ts';
import { str } from '../common/lenient.ts';
import { recordingErrorSchema, serverErrorSchema, validationErrorSchema } from './error-schemas.ts';

/** The provider's own words in an error body, whichever documented shape it has. */
function providerWords(body: unknown): ProviderWords {
  const validation = validationErrorSchema.safeParse(body);
  if (validation.success) return { message: str(validation.data.message), details: validation.data.errors };
  const server = serverErrorSchema.safeParse(body);
  if (server.success) return errorAndMessage(str(server.data.error), str(server.data.message));
  const recording = recordingErrorSchema.safeParse(body);
  if (recording.success) return errorAndMessage(str(recording.data.error), str(recording.data.message));
  return plainTextWords(body);
}

/** An HTTP error from timepay (or the proxy in front of it) in words a user can act on. */
export function parseError(status: number, body: unknown): ProviderErrorInfo {
  const { message, details } = providerWords(body);
  const said = message ? `: ${message}` : '';
  let text: string;
  if (status === 400) text = `timepay rejected the query${said}`;
  else if (status === 401) text = 'timepay rejected the token of this source — check credentials.token';
  else if (status === 403) text = 'timepay refused this source’s token access — check its permissions';
  else text = statusErrorText('timepay', status, said);
  const fields = fieldErrors(details, /^Invalid (\w+) /, filterOfParam);
  return fields.length > 0 ? { status, message: text, details, fields } : { status, message: text, details };
}

/** The filter that writes each `/logs` parameter (request.ts). */
const FILTER_OF_PARAM: Readonly<Record<string, FilterRef>> = {
  type: 'channel',
  status: 'status',
  disposition: 'disposition',
  from_phone: 'from',
  phone: 'phone',
  campaign_id: 'campaign',
  agent_id: 'agent',
  start_time: 'since',
  end_time: 'until',
};

const filterOfParam = (param: string): FilterRef | null => FILTER_OF_PARAM[param] ?? null;

/**
 * A 200 whose body says `success: false` carries the reason in `message` (live: e.g. an organisation the
 * token cannot reach). Shown as the provider wrote it; an organisation problem names `credentials.orgId`.
 */
export function errorInBody(body: unknown): ProviderErrorInfo | null {
  if (typeof body !== 'object' || body === null || (body as { success?: unknown }).success !== false)
    return null;
  const said = (body as { message?: unknown }).message;
  const message = (typeof said === 'string' ? str(said) : null) ?? 'timepay answered success: false';
  const organisation = /organi[sz]ation/i.test(message);
  return {
    status: organisation ? 403 : 400,
    message: organisation ? `timepay: ${message} — check credentials.orgId` : `timepay: ${message}`,
    details: [message],
  };
}
