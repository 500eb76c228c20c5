import type { IncomingHttpHeaders } from 'node:http';

/** Query parameters that carry a result's upper time bound, in the providers' spellings. */
const UPPER_BOUND_PARAMS = ['end_time', 'end_date', 'filters[end_date]', 'endDate', 'until'];
/** A bound without an offset is read in its source's zone: at most 14 h from UTC either way. */
const ZONE_SLACK_MS = 14 * 3_600_000;
/** Providers store some rows after the fact (unpod's creation_time, timepay's queue time): wait before pinning. */
const SETTLE_MS = 3_600_000;

/** Conditional or partial requests pass straight through: their answers depend on more than the URL. */
const BYPASS_HEADERS = ['range', 'if-range', 'if-none-match', 'if-modified-since'];

/**
 * The cache and coalescing key of a proxied GET, or null when it must not be shared. Keyed by source:
 * access to a source is checked before the cache is consulted, so everyone reaching a key may see it.
 */
export function cacheKey(
  sourceId: string,
  rawPath: string,
  rawQuery: string,
  headers: IncomingHttpHeaders,
): string | null {
  if (BYPASS_HEADERS.some((name) => headers[name] !== undefined)) return null;
  return [sourceId, rawPath, rawQuery, headers.accept ?? '', headers['accept-language'] ?? ''].join('\n');
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** unpod's `DD-MM-YYYY HH:MM:SS`. */
const DMY = /^(\d{2})-(\d{2})-(\d{4})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The latest instant a provider time value could mean, or NaN when it is not one we can read. */
function latestInstant(raw: string): number {
  const iso = ISO.exec(raw);
  const dmy = iso ? null : DMY.exec(raw);
  if (!iso && !dmy) return NaN;
  const [y, mo, d, h, mi, s, zone] = iso
    ? iso.slice(1)
    : [dmy?.[3], dmy?.[2], dmy?.[1], dmy?.[4], dmy?.[5], dmy?.[6], undefined];
  const time = h === undefined ? '23:59:59' : `${h}:${mi}:${s ?? '59'}`;
  const text = `${y}-${mo}-${d}T${time}`;
  if (!zone) return Date.parse(`${text}Z`) + ZONE_SLACK_MS;
  return Date.parse(
    text + (zone === 'Z' || zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`),
  );
}

/** True when the query names an upper time bound that lies well in the past: its result no longer changes. */
export function pinnedToPast(rawQuery: string, now: number): boolean {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(rawQuery);
  } catch {
    return false;
  }
  for (const name of UPPER_BOUND_PARAMS) {
    for (const value of params.getAll(name)) {
      const latest = latestInstant(value.trim());
      if (Number.isFinite(latest) && latest + SETTLE_MS < now) return true;
    }
  }
  return false;
}

export function cacheTtl(rawQuery: string, now: number, ttl: { shortMs: number; pinnedMs: number }): number {
  return pinnedToPast(rawQuery, now) ? ttl.pinnedMs : ttl.shortMs;
}
