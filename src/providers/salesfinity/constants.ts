import type { SortField } from '../adapter.ts';
import type { SortSpec } from '../../logs/log-query.ts';

/** Salesfinity's path prefix under the source's origin (`https://client-api.salesfinity.co`). */
export const API_PREFIX = '/v1';
export const CALL_LOG_PATH = `${API_PREFIX}/call-log`;
export const DISPOSITIONS_PATH = `${API_PREFIX}/dispositions`;
export const SEQUENCES_PATH = `${API_PREFIX}/sequences`;
export const TEAM_PATH = `${API_PREFIX}/team`;
/**
 * The contact-list *list* is `/contact-lists/csv`; `/contact-lists` is not a list (PROVIDERS.md, live
 * section: Salesfinity's docs plus a live correction in `ewing-registry`'s corrections log).
 */
export const CONTACT_LISTS_PATH = `${API_PREFIX}/contact-lists/csv`;

/** `limit` is 1..100 (documented). 50: records carry transcriptions, and a first page should stay ≲ 150 kB. */
export const PAGE_SIZE = 50;
export const MAX_LIMIT = 100;

/** How many sequences / contact lists a picker asks for at once (`limit`, max 100). */
export const PICKER_LIMIT = 100;

/** The documented default order of `/call-log` (`sort` default `-createdAt`). */
export const NATIVE_SORT: SortSpec = { field: 'time', desc: true };

/**
 * UNCONFIRMED: which `sort` fields `/call-log` accepts. Only `createdAt` is documented (as the
 * default); `duration` is a numeric response field and our best guess. `time` sorts by `createdAt`
 * (the record is created when the call is placed, so it follows `started_at`).
 */
export const SORT_PARAM: Readonly<Partial<Record<SortField, string>>> = {
  time: 'createdAt',
  duration: 'duration',
};

/**
 * UNCONFIRMED: `filters[start_date]`/`filters[end_date]` are documented as "ISO 8601 date". We send full
 * UTC instants (`2026-01-17T00:00:00.000Z`), which ISO 8601 parsers read exactly, so a range of hours works.
 */
export const DATE_FILTER_FORMAT = 'iso-instant' as const;

/**
 * UNCONFIRMED: the docs call `to` the "Called phone number" and `from` the "Caller phone number". On an
 * inbound call the customer is therefore `from`; we read the parties that way.
 */
export const INBOUND_SWAPS_PARTIES = true;

/**
 * UNCONFIRMED: the record's `disposition` object carries `internal_id` (the numeric `id` of
 * `/dispositions`, which `filters[disposition_ids]` takes), `external_id` and `external_name` (the
 * CRM's mapping). Records carry no Salesfinity name: we use `external_name`, else `name` if present,
 * else the documented default of that id (`DEFAULT_DISPOSITIONS` in outcomes.ts).
 */
export const DISPOSITION_ID_FIELD = 'internal_id' as const;

/**
 * UNCONFIRMED: the sandbox emulator's choice for error bodies (the docs show none): NestJS's
 * `{statusCode, message, error}`, `message` a string or a list of validation messages.
 */
export const ERROR_BODY_SHAPE = 'nestjs' as const;

/** Prefix of ids we derive from a record's content when Salesfinity gives no `_id` / `call_id`. */
export const DERIVED_ID_PREFIX = 'h-';

/**
 * UNCONFIRMED: Salesfinity's rate limits are not public (PROVIDERS.md). A conservative 5 list requests per
 * second paces long reads such as an export; a 429's `Retry-After` still wins.
 */
export const RATE_LIMIT = { requests: 5, perMs: 1_000 } as const;
