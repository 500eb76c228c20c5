import type { SortSpec } from '../../logs/log-query.ts';

/** Convoso's path prefix under the source's origin (`baseUrl`, e.g. `https://api.convoso.com`). */
export const API_PREFIX = '/v1';
export const LOG_PATH = `${API_PREFIX}/log/retrieve`;
export const STATUS_SEARCH_PATH = `${API_PREFIX}/status/search`;

/** Rows per page we ask for (`limit`); Convoso accepts 1–500 (PROVIDERS.md, "limits used in practice"). */
export const PAGE_SIZE = 100;
export const MAX_LIMIT = 500;

/**
 * Settled (PROVIDERS.md, live section: `offset` 0–40000, "use start_time and end_time for larger sets";
 * past it error 7231). Deeper rows are read from the other end (`order` flipped) or are out of reach.
 */
export const MAX_OFFSET = 40_000;

/** Convoso's documented default order: newest call first (`order=desc`). */
export const NATIVE_SORT: SortSpec = { field: 'time', desc: true };

/**
 * Settled (PROVIDERS.md, live section): Convoso answers its `{success:false, code, text}` errors with
 * HTTP 200. The adapter still reads the same body on a 4xx (parseError), should a proxy send one.
 */
export const ERRORS_COME_WITH_HTTP_200 = true;

/**
 * `call_type` values beyond INBOUND and OUTBOUND: `3WAY` is settled (walmat/convoso-sdk's types);
 * MANUAL (an agent's manual dial) remains our assumption. Any other word is passed through as typed.
 */
export const EXTRA_CALL_TYPES: readonly string[] = ['MANUAL', '3WAY'];

/**
 * Settled (live section, medium): without `start_time`/`end_time` Convoso answers today only (account
 * time), and an `end_time` alone starts at today 00:00. A query therefore always sends both bounds; an
 * open lower bound is this instant. UNCONFIRMED: the earliest date Convoso accepts (any account's logs
 * start later than this).
 */
export const EARLIEST_START = '2000-01-01 00:00:00';
/** An open upper bound when nothing pinned it (the api layer pins it to when the result was first read). */
export const LATEST_END = '2099-12-31 23:59:59';

/** UNCONFIRMED: call types that are dialled by the business (direction outbound). */
export const OUTBOUND_CALL_TYPES: readonly string[] = ['OUTBOUND', 'MANUAL'];

/**
 * UNCONFIRMED: on an INBOUND call, `number_dialed` is the business number the customer dialled (the
 * DID); on outbound calls it is the customer's number and the business number is `caller_id_displayed`.
 */
export const INBOUND_NUMBER_DIALED_IS_BUSINESS = true;

/** UNCONFIRMED: `call_date` is when the call started (the seed says "when the call occurred"). */
export const CALL_DATE_IS_START = true;

/** Prefix of ids we derive from a record's content when Convoso sends no `id`. */
export const DERIVED_ID_PREFIX = 'h-';

/** The error codes PROVIDERS.md lists (beside 401/403 for the token). */
export const ERROR_INVALID_DATE = 6031;
export const ERROR_NO_SUCH_LOG = 6033;
export const ERROR_INVALID_OFFSET = 7231;
export const ERROR_INVALID_LIMIT = 7258;
/** Retrieve's unknown-id errors (walmat/convoso-sdk, live section), each tied to the filter it names. */
export const ERROR_UNKNOWN_LIST = 6002;
export const ERROR_UNKNOWN_CAMPAIGN = 6004;
export const ERROR_UNKNOWN_USER = 6006;
export const ERROR_UNKNOWN_QUEUE = 6030;

/**
 * UNCONFIRMED: Convoso documents no rate limit for `/log/retrieve`. A conservative 5 list requests per
 * second paces long reads such as an export; a 429's `Retry-After` still wins.
 */
export const RATE_LIMIT = { requests: 5, perMs: 1_000 } as const;
