import { queryOptions } from '@tanstack/react-query';
import type { LogEntry } from '../logs/log-entry.ts';
import type { SourceInfo } from '../logs/source.ts';
import type { ProviderAdapter, TranscriptTurn } from '../providers/adapter.ts';
import { ApiError, getProviderJson, sourceUrl } from './http.ts';

/** The provider's details of one log, merged into the entry (or the entry itself where none exist). */
export const logDetailQueryOptions = (source: SourceInfo, adapter: ProviderAdapter, entry: LogEntry) =>
  queryOptions({
    queryKey: ['log-detail', source.id, entry.id] as const,
    queryFn: async ({ signal }): Promise<LogEntry> => {
      const request = adapter.detailRequest?.(entry);
      if (!request || !adapter.parseDetail) return entry;
      return adapter.parseDetail(await getProviderJson(source.id, adapter, request, signal), entry, source);
    },
    staleTime: 5 * 60_000,
  });

export const transcriptQueryOptions = (source: SourceInfo, adapter: ProviderAdapter, transcriptId: string) =>
  queryOptions({
    queryKey: ['transcript', source.id, transcriptId] as const,
    queryFn: async ({ signal }): Promise<TranscriptTurn[]> => {
      if (!adapter.transcriptRequest || !adapter.parseTranscript) return [];
      const request = adapter.transcriptRequest(transcriptId);
      return adapter.parseTranscript(await getProviderJson(source.id, adapter, request, signal));
    },
    staleTime: Infinity,
  });

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/;

/**
 * Where the browser fetches a recording: through the proxy, or the provider's public URL — only an
 * `https:` one (the sandbox's plain-http loopback URLs for sandbox sources). Null: not safe to load.
 */
export function recordingSrc(source: SourceInfo, recording: LogEntry['recordings'][number]): string | null {
  if (recording.kind === 'proxy') return sourceUrl(source.id, { path: recording.path, params: [] });
  let url: URL;
  try {
    url = new URL(recording.url);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') return url.href;
  if (source.sandbox && url.protocol === 'http:' && LOOPBACK.test(url.hostname)) return url.href;
  return null;
}

/** A log known only by its id (opened from a link): asks the provider's details endpoints in turn. */
export const logLookupQueryOptions = (source: SourceInfo, adapter: ProviderAdapter, id: string) =>
  queryOptions({
    queryKey: ['log-lookup', source.id, id] as const,
    queryFn: async ({ signal }): Promise<LogEntry | null> => {
      // Ask every candidate at once: a 404 only means "not this kind of log".
      const answers = await Promise.allSettled(
        (adapter.lookupRequests?.(id) ?? []).map(
          async (request) =>
            adapter.parseLookup?.(await getProviderJson(source.id, adapter, request, signal), source) ?? null,
        ),
      );
      const found = answers.find((a) => a.status === 'fulfilled' && a.value !== null);
      if (found?.status === 'fulfilled') return found.value;
      const failure = answers.find(
        (a): a is PromiseRejectedResult =>
          a.status === 'rejected' && !(a.reason instanceof ApiError && a.reason.status === 404),
      );
      if (failure) throw failure.reason;
      return null;
    },
    staleTime: 5 * 60_000,
  });
