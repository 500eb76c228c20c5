import type { FilterRef, ProviderErrorInfo } from '../adapter.ts';
import { fieldErrors } from '../common/field-errors.ts';
import { plainTextWords, type ProviderWords } from '../common/error-words.ts';
import { str } from '../common/lenient.ts';
import { drfErrorSchema, errorSchema, fieldErrorsSchema } from './error-schemas.ts';

/** The provider's own words in an error body: `{status_code, message}`, DRF's `{detail}` or field errors. */
function providerWords(body: unknown): ProviderWords {
  const own = errorSchema.safeParse(body);
  if (own.success) {
    const message = str(own.data.message);
    const fields = (body as { errors?: unknown }).errors;
    const extra = fieldErrorsSchema.safeParse(fields);
    const details = extra.success ? fieldMessages(extra.data) : [];
    return { message, details: message === null ? details : [message, ...details] };
  }
  const drf = drfErrorSchema.safeParse(body);
  if (drf.success) {
    const detail = str(drf.data.detail);
    return { message: detail, details: detail === null ? [] : [detail] };
  }
  const fields = fieldErrorsSchema.safeParse(body);
  if (fields.success && Object.keys(fields.data).length > 0) {
    const details = fieldMessages(fields.data);
    return { message: details.join('; ') || null, details };
  }
  // An HTML page (a proxy's error page) says nothing worth showing.
  return typeof body === 'string' && /^\s*</.test(body)
    ? { message: null, details: [] }
    : plainTextWords(body);
}

function fieldMessages(fields: Record<string, string | string[]>): string[] {
  const out: string[] = [];
  for (const [field, messages] of Object.entries(fields)) {
    for (const m of Array.isArray(messages) ? messages : [messages]) out.push(`${field}: ${m}`);
  }
  return out;
}

const mentions = (message: string | null, pattern: RegExp): boolean =>
  message !== null && pattern.test(message);
const ORG = /org(ani[sz]ation)?[\s_-]*handle|organi[sz]ation/i;
const TOKEN = /token|credential|authenticat/i;

/** An HTTP error from unpod (or the proxy in front of it) in words a user can act on. */
export function parseError(status: number, body: unknown): ProviderErrorInfo {
  const { message, details } = providerWords(body);
  const said = message ? ` (unpod: ${message})` : '';
  let text: string;
  if (status === 400 && mentions(message, ORG))
    text = `unpod needs this source's organisation handle — check credentials.orgHandle${said}`;
  else if (status === 400) text = `unpod rejected the query${message ? `: ${message}` : ''}`;
  else if (status === 401)
    text = `unpod did not accept the token of this source — check credentials.token${said}`;
  else if (status === 403 && mentions(message, /expired/i))
    text = `unpod says the token of this source has expired — renew credentials.token${said}`;
  else if (status === 403 && mentions(message, TOKEN) && !mentions(message, ORG))
    text = `unpod refused the token of this source — check credentials.token${said}`;
  else if (status === 403)
    text = `unpod refused the organisation handle of this source — check credentials.orgHandle (its domain_handle from /organizations/)${said}`;
  else if (status === 404 && mentions(message, /invalid page/i))
    text = `unpod has no such page of this result any more${said}; go back to the first page`;
  else if (status === 404 && mentions(message, ORG))
    text = `unpod found no such organisation — check credentials.orgHandle${said}`;
  else if (status === 404) text = `unpod has no such item${said || ' (404)'}`;
  else if (status === 429) text = `unpod is limiting the request rate; retrying shortly${said}`;
  else if (status === 502 || status === 503 || status === 504) text = `unpod could not be reached${said}`;
  else if (status >= 500) text = `unpod had an internal error${said}`;
  else text = `unpod answered HTTP ${status}${said}`;
  const fields = status === 400 ? fieldErrors(details, PARAM_IN_MESSAGE, filterOfParam) : [];
  return fields.length > 0 ? { status, message: text, details, fields } : { status, message: text, details };
}

/** unpod's one message may name the parameter it rejects. */
const PARAM_IN_MESSAGE = /\b(start_date|end_date|call_type|call_status)\b/;

const FILTER_OF_PARAM: Readonly<Record<string, FilterRef>> = {
  start_date: 'since',
  end_date: 'until',
  call_type: 'x.call_type',
  call_status: 'status',
};

const filterOfParam = (param: string): FilterRef | null => FILTER_OF_PARAM[param] ?? null;
