import type { LogEntry } from '../../logs/log-entry.ts';
import { isoWithOffset } from '../../logs/log-fields.ts';

const iso = (ms: number | null, zone: string) => (ms === null ? null : isoWithOffset(ms, zone));

/**
 * One NDJSON line (with its `\n`) for a normalized entry: every field of `LogEntry`, its instants
 * (`startedAt`, `endedAt`, each WhatsApp message's `at`) as ISO 8601 in the display zone with offset, and
 * the provider's raw record only when asked for (`raw`), since it can be many times the entry's size.
 */
export function ndjsonLine(entry: LogEntry, zone: string, includeRaw: boolean): string {
  const { raw, ...rest } = entry;
  const out: Record<string, unknown> = {
    ...rest,
    startedAt: iso(entry.startedAt, zone),
    endedAt: iso(entry.endedAt, zone),
  };
  if (entry.channel === 'whatsapp')
    out.conversation = entry.conversation.map((m) => ({ ...m, at: iso(m.at, zone) }));
  if (includeRaw) out.raw = raw;
  return `${JSON.stringify(out)}\n`;
}

/** The first line of an NDJSON export: where it came from and when (no entry has a `view` key). */
export function ndjsonHeader(viewUrl: string, exportedAtMs: number, zone: string): string {
  return `${JSON.stringify({ view: viewUrl, exportedAt: isoWithOffset(exportedAtMs, zone), zone })}\n`;
}

/** The last line of an export that stopped early (a reader must not take a partial file as whole). */
export function ndjsonStopped(rows: number, reason: string): string {
  return `${JSON.stringify({ stopped: reason, rowsWritten: rows })}\n`;
}
