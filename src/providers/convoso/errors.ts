import type { FilterRef, ProviderErrorInfo } from '../adapter.ts';
import { plainTextWords } from '../common/error-words.ts';
import { numOf, str } from '../common/lenient.ts';
import {
  ERROR_INVALID_DATE,
  ERROR_INVALID_LIMIT,
  ERROR_INVALID_OFFSET,
  ERROR_NO_SUCH_LOG,
  ERROR_UNKNOWN_CAMPAIGN,
  ERROR_UNKNOWN_LIST,
  ERROR_UNKNOWN_QUEUE,
  ERROR_UNKNOWN_USER,
  MAX_LIMIT,
  MAX_OFFSET,
} from './constants.ts';
import { errorBodySchema } from './schemas.ts';

const MAX_TEXT = 500;

/** Convoso's `{success:false, code, text}`, read whatever HTTP status it came with; null for other bodies. */
export function convosoError(body: unknown): { code: number | null; text: string | null } | null {
  const r = errorBodySchema.safeParse(body);
  if (!r.success) return null;
  const { success, code, text } = r.data;
  if (success === true || success === 'true') return null;
  const c = numOf(code);
  // The provider's words are shown on screen: a runaway text must not become a 1 MB banner.
  const full = str(text);
  const t = full !== null && full.length > MAX_TEXT ? `${full.slice(0, MAX_TEXT)}…` : full;
  return c === null && t === null ? null : { code: c, text: t };
}

/** The HTTP status an error code stands for when Convoso sent it with HTTP 200. */
function statusOfCode(code: number | null): number {
  if (code === 401 || code === 403 || code === 429) return code;
  if (code === ERROR_NO_SUCH_LOG) return 404;
  if (code !== null && code >= 500 && code < 600) return code;
  return 400;
}

const CAP = MAX_OFFSET.toLocaleString('en-US');

/** What the user can do about each documented code, in Convoso's words where it gives any. */
function explain(status: number, code: number | null, said: string): string {
  const token = code === 401 || code === 403 || (code === null && (status === 401 || status === 403));
  if (token)
    return `Convoso rejected the auth_token of this source${said} — check credentials.authToken in the source's configuration`;
  if (code === ERROR_UNKNOWN_LIST) return `Convoso knows no such list${said}`;
  if (code === ERROR_UNKNOWN_CAMPAIGN) return `Convoso knows no such campaign${said}`;
  if (code === ERROR_UNKNOWN_USER) return `Convoso knows no such agent (user)${said}`;
  if (code === ERROR_UNKNOWN_QUEUE) return `Convoso knows no such queue${said}`;
  if (code === ERROR_INVALID_DATE)
    return `Convoso rejected a date${said} — start_time and end_time must be YYYY-MM-DD HH:MM:SS`;
  if (code === ERROR_NO_SUCH_LOG) return `Convoso has no such call log${said}`;
  if (code === ERROR_INVALID_OFFSET)
    return `Convoso rejected the offset${said} — it pages at most ${CAP} rows deep: narrow the time range`;
  if (code === ERROR_INVALID_LIMIT)
    return `Convoso rejected the page size${said} — limit must be between 1 and ${MAX_LIMIT}`;
  if (status === 429 || code === 429) return 'Convoso is limiting the request rate; retrying shortly';
  if (status === 502 || status === 504) return `Convoso could not be reached${said}`;
  if (status >= 500) return `Convoso had an internal error${said}`;
  if (code !== null) return `Convoso answered error ${code}${said}`;
  return `Convoso answered HTTP ${status}${said}`;
}

/** Retrieve's error codes, each mapped to the filter whose value it rejects (PROVIDERS.md, live section). */
const FILTER_OF_CODE: ReadonlyMap<number, FilterRef> = new Map<number, FilterRef>([
  [ERROR_INVALID_DATE, 'since'],
  [ERROR_UNKNOWN_LIST, 'x.list_id'],
  [ERROR_UNKNOWN_CAMPAIGN, 'campaign'],
  [ERROR_UNKNOWN_USER, 'agent'],
  [ERROR_UNKNOWN_QUEUE, 'x.queue_id'],
]);

/** An error from Convoso (or the proxy in front of it) in words a user can act on. */
export function parseError(status: number, body: unknown): ProviderErrorInfo {
  const err = convosoError(body);
  let details: string[] = [];
  let text: string | null = null;
  if (err !== null) {
    text = err.text;
    details = err.text === null ? [] : [err.text];
  } else {
    const words = plainTextWords(body);
    text = words.message;
    details = words.details;
  }
  const said = text === null ? '' : `: ${text}`;
  const withCode = err?.code !== null && err?.code !== undefined ? `${said} (code ${err.code})` : said;
  const message = explain(status, err?.code ?? null, withCode);
  // Convoso names no parameter: its date error is shown at the time range, an unknown id at its filter.
  const filter = err?.code === undefined || err.code === null ? undefined : FILTER_OF_CODE.get(err.code);
  if (filter !== undefined)
    return { status, message, details, fields: [{ filter, message: err?.text ?? message }] };
  return { status, message, details };
}

/** A `success:false` body that came with HTTP 200, as the error the status it stands for would give. */
export function errorOf200(body: unknown): ProviderErrorInfo | null {
  const err = convosoError(body);
  return err === null ? null : parseError(statusOfCode(err.code), body);
}

/**
 * Convoso answered HTTP 200 with `success:false` (see ERRORS_COME_WITH_HTTP_200): the page failed with
 * the provider's own words. `info` has the shape `parseError` gives for the same error on a 4xx.
 */
export class ConvosoError extends Error {
  override name = 'ConvosoError';
  readonly info: ProviderErrorInfo;
  constructor(info: ProviderErrorInfo) {
    super(info.message);
    this.info = info;
  }
}
