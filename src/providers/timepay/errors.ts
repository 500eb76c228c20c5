import type { ProviderErrorInfo } from '../adapter.ts';
import { str } from '../common/lenient.ts';
import { recordingErrorSchema, serverErrorSchema, validationErrorSchema } from './error-schemas.ts';

/** The provider's own words in an error body, whichever documented shape it has. */
function providerWords(body: unknown): { message: string | null; details: string[] } {
  const validation = validationErrorSchema.safeParse(body);
  if (validation.success) return { message: str(validation.data.message), details: validation.data.errors };
  const server = serverErrorSchema.safeParse(body);
  if (server.success) {
    const error = str(server.data.error);
    const message = str(server.data.message);
    return { message: message ?? error, details: [error, message].filter((s): s is string => s !== null) };
  }
  const recording = recordingErrorSchema.safeParse(body);
  if (recording.success) {
    const error = str(recording.data.error);
    const message = str(recording.data.message);
    return { message: message ?? error, details: [error, message].filter((s): s is string => s !== null) };
  }
  if (typeof body === 'string' && body.trim() !== '' && body.length < 500)
    return { message: body.trim(), details: [body.trim()] };
  return { message: null, details: [] };
}

/** An HTTP error from timepay (or the proxy in front of it) in words a user can act on. */
export function parseError(status: number, body: unknown): ProviderErrorInfo {
  const { message, details } = providerWords(body);
  const said = message ? `: ${message}` : '';
  let text: string;
  if (status === 400) text = `timepay rejected the query${said}`;
  else if (status === 401) text = 'timepay rejected the token of this source — check credentials.token';
  else if (status === 403) text = 'timepay refused this source’s token access — check its permissions';
  else if (status === 404) text = `timepay has no such item${said || ' (404)'}`;
  else if (status === 429) text = 'timepay is limiting the request rate; retrying shortly';
  else if (status === 502 || status === 504) text = `timepay could not be reached${said}`;
  else if (status >= 500) text = `timepay had an internal error${said}`;
  else text = `timepay answered HTTP ${status}${said}`;
  return { status, message: text, details };
}
