import type { SortSpec } from '../../logs/log-query.ts';

/** unpod's path prefix under the source's origin (`https://unpod.dev`). */
export const API_PREFIX = '/api/v2/platform';
/** The trailing slash is part of the path (Django); without it the proxy's allowlist does not match. */
export const CALL_LOGS_PATH = `${API_PREFIX}/call-logs/`;
export const ORGANIZATIONS_PATH = `${API_PREFIX}/organizations/`;

/** What we ask for with `page_size` (documented default 20, max 100 per PROVIDERS.md). */
export const PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/**
 * UNCONFIRMED: both doc versions say `start_date`/`end_date` are "ISO 8601"; the one example sends dates
 * (`'2026-02-01'`). We send exact instants in UTC (`2026-02-01T05:30:00Z`), so "the last 24 hours" means
 * that, whatever zone unpod's server counts days in. Set to 'date' if unpod rejects date-times: whole
 * days in `DATE_ZONE` are sent then, and a bound that is not a whole day is reported as widened.
 */
export const DATE_BOUND_FORMAT: 'date' | 'date-time' = 'date-time';

/** UNCONFIRMED: the zone in which unpod's server reads a date alone (its timestamps are UTC, `Z`). */
export const DATE_ZONE = 'UTC';

/**
 * UNCONFIRMED: "Filter calls until this date" — we read `end_date` as inclusive (the whole day is
 * kept), as the docs' example range 2026-02-01 … 2026-02-07 ("a week") suggests.
 */
export const END_DATE_INCLUSIVE = true;

/**
 * UNCONFIRMED: no `ordering` parameter is documented and responses read newest first. We take the order
 * to be `creation_time` descending; a query asking for it needs no warning.
 */
export const NATIVE_SORT: SortSpec = { field: 'time', desc: true };

/**
 * UNCONFIRMED: which timestamp is the log's time. `start_time` is "when the call was answered (null if
 * missed)", so a missed call would have none; `creation_time` is when the call was created and is what
 * the date filters and the order most plausibly use. The row's time is `creation_time`, else
 * `start_time`.
 */
export const TIME_FIELDS = ['creation_time', 'start_time'] as const;

/** Prefix of ids we derive from a record's content when unpod sends no `id` (seed 003's shape). */
export const DERIVED_ID_PREFIX = 'h-';

/** `call_status` values the docs name (the two versions together), for the status picker. */
export const DOCUMENTED_STATUSES = ['completed', 'missed', 'failed', 'no-answer'] as const;

/** `call_type` values the docs name. */
export const CALL_TYPES = ['inbound', 'outbound'] as const;

/**
 * UNCONFIRMED: unpod documents 429 with `Retry-After`/`X-RateLimit-*` but no numbers. A conservative 5 list
 * requests per second paces long reads such as an export; a 429's `Retry-After` still wins.
 */
export const RATE_LIMIT = { requests: 5, perMs: 1_000 } as const;
