import { infiniteQueryOptions } from '@tanstack/react-query';
import { z } from '../logs/zod-mini.ts';
import { getJson } from './http.ts';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  user: z.string(),
  action: z.string(),
  source: z.nullable(z.string()),
  logId: z.nullable(z.string()),
  url: z.nullable(z.string()),
  client: z.nullable(z.string()),
  detail: z.nullable(z.record(z.string(), z.unknown())),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const auditPageSchema = z.object({ entries: z.array(auditEntrySchema), nextCursor: z.nullable(z.string()) });
export type AuditPage = z.infer<typeof auditPageSchema>;

/** The filters of `GET /api/audit` (DESIGN.md), as the /audit page's URL holds them. */
export interface AuditFilter {
  user: string;
  action: string;
  source: string;
  since: string;
  until: string;
}

export const AUDIT_FILTER_KEYS = ['user', 'action', 'source', 'since', 'until'] as const;

export function auditSearch(filter: AuditFilter, cursor: string | null, limit = 500): string {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) if (filter[key].trim()) params.set(key, filter[key].trim());
  if (cursor) params.set('cursor', cursor);
  params.set('limit', String(limit));
  return params.toString();
}

export async function fetchAuditPage(
  filter: AuditFilter,
  cursor: string | null,
  signal?: AbortSignal,
  limit?: number,
): Promise<AuditPage> {
  const body = await getJson(`/api/audit?${auditSearch(filter, cursor, limit)}`, signal ? { signal } : {});
  return auditPageSchema.parse(body);
}

export const auditQueryOptions = (filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: ['audit', filter],
    queryFn: ({ signal, pageParam }) => fetchAuditPage(filter, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
