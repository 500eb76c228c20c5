/** unpod's API prefix; the emulator owns exactly the two documented paths below it. */
export const UNPOD_PREFIX = '/api/v2/platform';
export const CALL_LOGS_PATH = `${UNPOD_PREFIX}/call-logs/`;
export const ORGANIZATIONS_PATH = `${UNPOD_PREFIX}/organizations/`;

/** Documented default `page_size`. */
export const DEFAULT_PAGE_SIZE = 20;
/**
 * PROVIDERS.md: max 100. Decision: a larger `page_size` is clamped to 100 (what Django REST framework's
 * `max_page_size` does), not rejected; a non-numeric or non-positive one falls back to the default, as DRF does.
 */
export const MAX_PAGE_SIZE = 100;

/**
 * Decision: a page past the last one (or a `page` that is not a positive integer) answers 404
 * `{status_code: 404, message: "Invalid page."}`, Django REST framework's default. Page 1 of an empty
 * result is a 200 with `data: []`.
 */
export const INVALID_PAGE_MESSAGE = 'Invalid page.';

/** The format changed at `now − FORMAT_SWITCH_DAYS`; within ± FORMAT_MIX_DAYS of it both shapes occur. */
export const FORMAT_SWITCH_DAYS = 30;
export const FORMAT_MIX_DAYS = 3;
