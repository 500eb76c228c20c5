import type { ProviderRequest } from '../adapter.ts';
import type { LogEntry } from '../../logs/log-entry.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { CALL_LOG_PATH, DERIVED_ID_PREFIX } from './constants.ts';
import { normalizeRecord } from './normalize.ts';

/**
 * A pasted `log=` opens through `GET /v1/call-log/{id}` (PROVIDERS.md, live section). Its envelope is
 * UNCONFIRMED (no public response sample): `{data: {...}}` and the bare record are both read.
 */
export function lookupRequests(id: string): ProviderRequest[] {
  if (id.startsWith(DERIVED_ID_PREFIX) || id.trim() === '') return [];
  return [{ path: `${CALL_LOG_PATH}/${encodeURIComponent(id)}`, params: [] }];
}

export function parseLookup(body: unknown, source: SourceInfo): LogEntry | null {
  if (typeof body !== 'object' || body === null) return null;
  const data = (body as { data?: unknown }).data;
  const record = typeof data === 'object' && data !== null && !Array.isArray(data) ? data : body;
  const entry = normalizeRecord(record, 0, source);
  return 'kind' in entry ? null : entry;
}
