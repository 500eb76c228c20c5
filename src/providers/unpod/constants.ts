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
 * Settled (the provider's server, `apiV2Platform/utils.py`, PROVIDERS.md live section): the view reads
 * `start_time`/`end_time` as `DD-MM-YYYY HH:MM:SS`, compares dates only (`start_time__date >=`,
 * `end_time__date <=`) and ignores `start_date`/`end_date`. We send both spellings and keep rows by
 * time on our side (exact-window.ts).
 */
export const LIVE_TIME_FORMAT = 'DD-MM-YYYY HH:MM:SS' as const;

/**
 * UNCONFIRMED: the zone of Django's `__date` lookups on unpod's server (its `TIME_ZONE` setting is not in
 * the public code; its timestamps are UTC, `Z`). A wrong zone only costs a wider request: rows are kept
 * by their own times.
 */
export const DATE_ZONE = 'UTC';

/**
 * `end_time__date <= day` drops a call that ends after midnight of its start day: the end bound we send is
 * one day later than `until` (calls are shorter than a day) and the rows are cut on our side.
 */
export const END_DAY_SLACK_MS = 86_400_000;

/** Settled: the default order is `-creation_time`; `sort={"start_time":"ascend"}` (JSON) sorts. */
export const NATIVE_SORT: SortSpec = { field: 'time', desc: true };
export const SORT_PARAM = 'sort';

/**
 * Settled: `creation_time` is when the row was stored, after the call ended; the log's time is
 * `start_time`, and `creation_time` only when the call has none (a missed call), said so in the drawer.
 */
export const TIME_FIELDS = ['start_time', 'creation_time'] as const;

/**
 * UNCONFIRMED: how a gateway (SBC) call is recognised. The server code says that on gateway calls
 * `source_number` is always the business and `destination_number` the customer, both directions; we take
 * a record with a `bridge` object to be one (the bridge is the gateway's link), as no other field says so.
 */
export const GATEWAY_FIELD = 'bridge' as const;

/** Prefix of ids we derive from a record's content when unpod sends no `id` (seed 003's shape). */
export const DERIVED_ID_PREFIX = 'h-';

/** `call_status` values the docs name, plus the gateway's `NA` and `FAILURE` (live), for the status picker. */
export const DOCUMENTED_STATUSES = ['completed', 'missed', 'failed', 'no-answer', 'NA', 'FAILURE'] as const;

/** `call_type` values the docs name. */
export const CALL_TYPES = ['inbound', 'outbound'] as const;

/**
 * The provider's server configures no throttle (live section); the docs promise 429 with `Retry-After`.
 * A conservative 5 list requests per second paces long reads for a deployment that adds one.
 */
export const RATE_LIMIT = { requests: 5, perMs: 1_000 } as const;
