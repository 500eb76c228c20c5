import type { AuditEntry, AuditFilter } from '../../api/audit.ts';
import { fetchAuditPage } from '../../api/audit.ts';
import { BOM, CSV_EOL, csvRow } from '../../logs/csv.ts';

const HEADER = [
  'time (UTC)',
  'user',
  'action',
  'source',
  'log id',
  'dashboard URL',
  'client address',
  'detail',
];

export function auditCsvRow(entry: AuditEntry): string {
  return csvRow([
    entry.at,
    entry.user,
    entry.action,
    entry.source ?? '',
    entry.logId ?? '',
    entry.url ?? '',
    entry.client ?? '',
    entry.detail ? JSON.stringify(entry.detail) : '',
  ]);
}

/** Every entry of the filtered trail, page by page, as one CSV text (formula-like cells neutralized). */
export async function auditCsv(
  filter: AuditFilter,
  signal?: AbortSignal,
): Promise<{ text: string; rows: number }> {
  const lines = [csvRow(HEADER)];
  let cursor: string | null = null;
  let rows = 0;
  do {
    const page = await fetchAuditPage(filter, cursor, signal, 1000);
    for (const entry of page.entries) lines.push(auditCsvRow(entry));
    rows += page.entries.length;
    cursor = page.nextCursor;
  } while (cursor);
  return { text: BOM + lines.join(CSV_EOL) + CSV_EOL, rows };
}
