import type { ProviderErrorInfo } from '../adapter.ts';
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
  return { status, message: text, details };
}
