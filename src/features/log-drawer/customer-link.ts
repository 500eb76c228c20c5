import { emptyQuery, type LogQuery } from '../../logs/log-query.ts';
import type { LogEntry } from '../../logs/log-entry.ts';
import { serializeQuery } from '../../logs/url-codec.ts';

/**
 * `/logs?source=…&phone=…` (plus the visible columns): every log of this customer in this source.
 * Null when the log has no phone to filter by.
 */
export function customerLogsHref(entry: LogEntry, current: Pick<LogQuery, 'columns'>): string | null {
  const phone = entry.customer.phone ?? entry.customer.phoneRaw;
  if (!phone) return null;
  const query: LogQuery = { ...emptyQuery, sources: [entry.sourceId], phone, columns: current.columns };
  return `/logs?${serializeQuery(query).toString()}`;
}

/**
 * `/customer?phone=<E.164>`: the same customer's timeline across every source, read from the
 * `customerLogsHref` (which the drawer builds from the unmasked entry). Null without one.
 */
export function customerTimelineHref(logsHref: string | null): string | null {
  const phone = logsHref === null ? null : new URLSearchParams(logsHref.split('?')[1] ?? '').get('phone');
  return phone ? `/customer?${new URLSearchParams({ phone }).toString()}` : null;
}
