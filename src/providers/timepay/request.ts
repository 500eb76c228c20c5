import type { ProviderRequest } from '../adapter.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import { nationalNumber, toE164 } from '../../logs/phone.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { toZonedIso } from '../../logs/time.ts';
import { LOGS_PATH, TIME_WINDOW_LEAD_MS } from './constants.ts';
import { hasDigits, only } from './unapplied.ts';

/** timepay wants the customer as national digits (`9999999999`); digits as typed when unparsable. */
function customerPhone(typed: string, country: string): string {
  const e164 = toE164(typed, country);
  const national = e164 === null ? null : nationalNumber(e164, country);
  return national ?? typed.replace(/\D+/g, '');
}

/** The business number as E.164 (`+918035450808`), as typed when unparsable. */
function businessPhone(typed: string, country: string): string {
  return toE164(typed, country) ?? typed.trim();
}

/** `/logs` filter parameters, in the documented order; filters `unapplied` reports are left out. */
export function filterParams(query: ResolvedQuery, source: SourceInfo): Array<[string, string]> {
  const params: Array<[string, string]> = [];
  const put = (name: string, value: string | null) => {
    if (value !== null) params.push([name, value]);
  };
  put('type', only(query.channels));
  put('status', only(query.statuses));
  put('disposition', only(query.dispositions));
  if (query.from !== null && hasDigits(query.from))
    put('from_phone', businessPhone(query.from, source.defaultCountry));
  if (query.phone !== null && hasDigits(query.phone))
    put('phone', customerPhone(query.phone, source.defaultCountry));
  put('campaign_id', only(query.campaigns));
  put('agent_id', only(query.agents));
  // Both bounds are inclusive and to the second, in the source's zone, without offset. The window is on
  // the queue time, which precedes the start: it opens TIME_WINDOW_LEAD_MS early (exact-range.ts cuts).
  if (query.sinceMs !== null)
    put(
      'start_time',
      toZonedIso(Math.ceil((query.sinceMs - TIME_WINDOW_LEAD_MS) / 1000) * 1000, source.timeZone),
    );
  if (query.untilMs !== null)
    put('end_time', toZonedIso(Math.floor(query.untilMs / 1000) * 1000, source.timeZone));
  return params;
}

export function listRequest(query: ResolvedQuery, page: number, source: SourceInfo): ProviderRequest {
  const p = Number.isFinite(page) ? Math.max(1, Math.floor(page)) : 1;
  return { path: LOGS_PATH, params: [...filterParams(query, source), ['page', String(p)]] };
}

export function countRequest(query: ResolvedQuery, source: SourceInfo): ProviderRequest {
  return { path: LOGS_PATH, params: [...filterParams(query, source), ['count_only', 'true']] };
}
