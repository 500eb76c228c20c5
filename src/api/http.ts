import { parseJsonText } from '../logs/json-text.ts';
import type { ProviderAdapter, ProviderErrorInfo, ProviderRequest } from '../providers/adapter.ts';
import { sourceUrl } from '../providers/list-plan.ts';

export type ApiErrorKind = 'http' | 'network' | 'invalid-response';

/** Every failed request to our server or a provider, in one shape the UI can explain. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly sourceId: string | null;
  readonly info: ProviderErrorInfo | null;
  /** Seconds to wait before retrying, from `Retry-After` (429, 503). */
  readonly retryAfterSec: number | null;
  /** The provider refused this source's credentials (the proxy marks upstream 401/403). */
  readonly authFailed: boolean;

  constructor(init: {
    kind: ApiErrorKind;
    status: number;
    message: string;
    sourceId?: string | null;
    info?: ProviderErrorInfo | null;
    retryAfterSec?: number | null;
    authFailed?: boolean;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.sourceId = init.sourceId ?? null;
    this.info = init.info ?? null;
    this.retryAfterSec = init.retryAfterSec ?? null;
    this.authFailed = init.authFailed ?? false;
  }

  /** 5xx, 429 and network faults may pass; other 4xx will not. */
  get retryable(): boolean {
    return this.kind === 'network' || this.status === 429 || this.status >= 500;
  }
}

export { sourceUrl } from '../providers/list-plan.ts';

type ErrorParser = (status: number, body: unknown) => ProviderErrorInfo;

/** Background work (exports, charts' counts, live checks) yields the server's budget to the page in view. */
export type RequestPriority = 'interactive' | 'background';

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    // The one place provider bodies are read: raw control characters inside strings are repaired here.
    return parseJsonText(text);
  } catch {
    return text;
  }
}

/** The one HTTP helper: GET JSON, turning every failure into an `ApiError`. */
export async function getJson(
  url: string,
  options: {
    signal?: AbortSignal;
    sourceId?: string;
    parseError?: ErrorParser;
    priority?: RequestPriority;
  } = {},
): Promise<unknown> {
  let response: Response;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.priority === 'background') headers['x-switchboard-priority'] = 'background';
  try {
    // The page a provider request is made from goes into the server's audit trail (recordings, details).
    if (options.sourceId && typeof window !== 'undefined')
      headers['x-switchboard-page'] = window.location.pathname + window.location.search;
    response = await fetch(url, { signal: options.signal, headers });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({
      kind: 'network',
      status: 0,
      sourceId: options.sourceId,
      message: 'The Switchboard server could not be reached.',
    });
  }
  const body = await readBody(response);
  if (response.ok) {
    if (typeof body === 'string') {
      throw new ApiError({
        kind: 'invalid-response',
        status: response.status,
        sourceId: options.sourceId,
        message: 'The provider answered with something other than JSON.',
      });
    }
    return body;
  }
  const info = options.parseError ? options.parseError(response.status, body) : null;
  const proxyMessage =
    body && typeof body === 'object' && 'message' in body && typeof body.message === 'string'
      ? body.message
      : null;
  throw new ApiError({
    kind: 'http',
    status: response.status,
    sourceId: options.sourceId,
    info,
    message: info?.message ?? proxyMessage ?? `Request failed with HTTP ${response.status}.`,
    retryAfterSec: parseRetryAfter(response.headers.get('retry-after')),
    authFailed: response.headers.get('x-switchboard-upstream-auth') === 'failed',
  });
}

/**
 * One GET to a source's provider through the proxy: `getJson` with the adapter's error wording, and an error
 * the provider reports inside a 200 body (Convoso's `success: false`) raised like any other HTTP error.
 */
export async function getProviderJson(
  sourceId: string,
  adapter: Pick<ProviderAdapter, 'parseError' | 'errorInBody'>,
  request: ProviderRequest,
  signal?: AbortSignal,
  priority: RequestPriority = 'interactive',
): Promise<unknown> {
  const body = await getJson(sourceUrl(sourceId, request), {
    signal,
    sourceId,
    parseError: adapter.parseError,
    priority,
  });
  const inBody = adapter.errorInBody?.(body) ?? null;
  if (inBody !== null) {
    throw new ApiError({
      kind: 'http',
      status: inBody.status,
      sourceId,
      info: inBody,
      message: inBody.message,
      authFailed: inBody.status === 401 || inBody.status === 403,
    });
  }
  return body;
}

/** A same-origin JSON write to our own API (the server refuses any other kind); an `ApiError` on failure. */
export async function writeJson(
  method: 'POST' | 'PATCH' | 'DELETE',
  url: string,
  body: unknown,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError({
      kind: 'network',
      status: 0,
      message: 'The Switchboard server could not be reached.',
    });
  }
  const parsed = await readBody(response);
  if (response.ok) return parsed;
  const message =
    parsed && typeof parsed === 'object' && 'message' in parsed && typeof parsed.message === 'string'
      ? parsed.message
      : `Request failed with HTTP ${response.status}.`;
  throw new ApiError({ kind: 'http', status: response.status, message });
}
