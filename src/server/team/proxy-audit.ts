import type { AuditAction } from './audit-store.ts';

/** Which proxied provider paths the audit trail records, and the log id each names. */
const RULES: readonly { pattern: RegExp; action: AuditAction }[] = [
  { pattern: /\/recordings?\/([^/]+)\/?$/i, action: 'recording.streamed' },
  { pattern: /\/transcripts?\/([^/]+)\/?$/i, action: 'transcript.fetched' },
  { pattern: /\/communication\/(?:call|whatsapp)\/([^/]+)\/?$/i, action: 'detail.fetched' },
];

export function proxyAuditAction(rawPath: string): { action: AuditAction; logId: string } | null {
  for (const { pattern, action } of RULES) {
    const match = pattern.exec(rawPath);
    if (match?.[1]) {
      let logId = match[1];
      try {
        logId = decodeURIComponent(logId);
      } catch {
        // kept %-encoded
      }
      return { action, logId: logId.slice(0, 200) };
    }
  }
  return null;
}

/** The dashboard URL a fetch was made from (`x-switchboard-page`), when it is a plausible one. */
export function pageOf(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string' || header.length > 4000) return null;
  return /^\/(?![/\\])[\x21-\x7e]*$/.test(header) ? header : null;
}
