// What adapters' `errors.ts` share: the provider's own words in an error body, and the wording of
// the statuses every provider words alike.

/** A provider's own words in an error body: one message, and every line it gave. */
export interface ProviderWords {
  message: string | null;
  details: string[];
}

/** `{error, message}`: the message, else the error; both as details. */
export function errorAndMessage(error: string | null, message: string | null): ProviderWords {
  return { message: message ?? error, details: [error, message].filter((s): s is string => s !== null) };
}

/** A short plain-text body (a proxy's, say) as the provider's words; none for anything else. */
export function plainTextWords(body: unknown): ProviderWords {
  // A gateway's HTML error page is markup, not the provider's words.
  if (typeof body === 'string' && body.trim() !== '' && body.length < 500 && !/^\s*</.test(body))
    return { message: body.trim(), details: [body.trim()] };
  return { message: null, details: [] };
}

/**
 * The words of an HTTP error for the statuses an adapter has nothing of its own to say about:
 * 404, 429, 502/504, other 5xx and the rest. `said` is `: <provider's words>` or ''.
 */
export function statusErrorText(provider: string, status: number, said: string): string {
  if (status === 404) return `${provider} has no such item${said || ' (404)'}`;
  if (status === 429) return `${provider} is limiting the request rate; retrying shortly`;
  if (status === 502 || status === 504) return `${provider} could not be reached${said}`;
  if (status >= 500) return `${provider} had an internal error${said}`;
  return `${provider} answered HTTP ${status}${said}`;
}
