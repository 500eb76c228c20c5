import type { SortSpec } from '../../logs/log-query.ts';

/** timepay's path prefix under the source's origin (`baseUrl`). */
export const API_PREFIX = '/api/v1';
export const LOGS_PATH = `${API_PREFIX}/logs`;
export const CALL_DETAIL_PATH = `${API_PREFIX}/communication/call`;
export const WHATSAPP_DETAIL_PATH = `${API_PREFIX}/communication/whatsapp`;
export const RECORDINGS_PATH = `${API_PREFIX}/recordings`;
export const CAMPAIGNS_PATH = `${API_PREFIX}/campaigns`;
export const DISPOSITIONS_PATH = `${API_PREFIX}/dispositions`;
/** Live (PROVIDERS.md): exists, paginated like `/campaigns`; feeds the agent picker. */
export const AGENTS_PATH = `${API_PREFIX}/agents`;

/**
 * How far before `since` the request's window starts. Live, `start_time`/`end_time` filter on an internal
 * queue time, not the call's start: a 10:10–10:15 window returned calls that started 10:12–10:28, so a
 * call can start up to ~18 minutes after it was queued (PROVIDERS.md, live section, client
 * `ananyajoshiSA/sales_automation_01`, checked Oct 2026). A call that started at `since` may have been
 * queued up to this long before it; rows are then kept by their own start on our side (exact-window.ts).
 * UNCONFIRMED beyond the one observation: widen if calls appear missing at a range's start.
 */
export const TIME_WINDOW_LEAD_MS = 20 * 60_000;

/**
 * UNCONFIRMED: the docs name a "Get Transcript" endpoint but no public page gives its path.
 * `/transcripts/{transcript_id}` is our best guess (PROVIDERS.md); correct it here only.
 */
export const TRANSCRIPT_PATH = `${API_PREFIX}/transcripts`;

/** `/logs` always answers 10 per page (documented). */
export const PAGE_SIZE = 10;

/** How many campaigns / dispositions a picker asks for at once (`limit`, max 100). */
export const PICKER_LIMIT = 100;

/** Settled (live): `/logs` reads newest first and has no `sort` parameter. */
export const NATIVE_SORT: SortSpec = { field: 'time', desc: true };

/**
 * UNCONFIRMED: the docs call `to` the "Customer phone number" and `from` the "Caller/sender phone
 * number" without saying whether inbound logs swap them. We follow the docs: `to` is always the customer.
 */
export const INBOUND_SWAPS_PARTIES = false;

/** Prefix of ids we derive from a record's content when timepay gives no call_id / message_id. */
export const DERIVED_ID_PREFIX = 'h-';

/**
 * UNCONFIRMED: timepay documents no rate limit for `/logs`. A conservative 5 list requests per second
 * (50 rows/s at 10 per page) paces long reads such as an export; a 429's `Retry-After` still wins.
 */
export const RATE_LIMIT = { requests: 5, perMs: 1_000 } as const;
