import type { LogEntry } from '../../logs/log-entry.ts';
import { formatInZone } from '../../logs/time.ts';

/** Letters (any script), digits, `+`, `_` and `-` only: safe in a file name on every OS. */
function slug(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}+_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

const EXTENSIONS: Record<string, string> = {
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/ogg': 'ogg',
  'audio/webm': 'webm',
  'audio/mp4': 'm4a',
  'audio/aac': 'aac',
};

/** The file's extension: from the response's type, else the URL's path, else `wav`. */
export function recordingExtension(contentType: string | null, url: string): string {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const byType = EXTENSIONS[type];
  if (byType) return byType;
  const byPath = /\.(wav|mp3|ogg|webm|m4a|aac|flac)$/i.exec(url.split(/[?#]/)[0] ?? '');
  return byPath?.[1]?.toLowerCase() ?? 'wav';
}

/**
 * `<source>-<customer>-<date>[-part<n>]` (the extension follows the file's type): who and when, in the
 * display zone, so a folder of downloads sorts and reads well (`sandbox-convoso-Maria-Lopez-2026-11-19-1432-part2`).
 */
export function recordingFileStem(
  entry: LogEntry,
  zone: string,
  part: { index: number; count: number },
): string {
  const who = slug(entry.customer.name ?? entry.customer.phone ?? entry.customer.phoneRaw ?? '') || 'unknown';
  const when =
    entry.startedAt !== null ? formatInZone(entry.startedAt, zone, 'yyyy-MM-dd-HHmm') : slug(entry.id);
  const suffix = part.count > 1 ? `-part${part.index + 1}` : '';
  return `${slug(entry.sourceId) || 'log'}-${who}-${when}${suffix}`;
}
