import { toZonedIso } from '../../logs/time.ts';

export type ExportFormat = 'csv' | 'ndjson';

/** `switchboard-<source>-<yyyymmdd-hhmm>.<csv|ndjson>`, the time in the display zone. */
export function exportFileName(sourceId: string, atMs: number, zone: string, format: ExportFormat): string {
  const stamp = toZonedIso(atMs, zone); // 2026-11-20T17:30:00
  const compact = `${stamp.slice(0, 4)}${stamp.slice(5, 7)}${stamp.slice(8, 10)}-${stamp.slice(11, 13)}${stamp.slice(14, 16)}`;
  const safeSource = sourceId.replace(/[^\w.-]+/g, '_') || 'logs';
  return `switchboard-${safeSource}-${compact}.${format}`;
}

export const mimeType: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv;charset=utf-8',
  ndjson: 'application/x-ndjson',
};
