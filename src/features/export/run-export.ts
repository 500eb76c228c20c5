import { PageOutOfReachError } from '../../api/logs.ts';
import type { StreamMember, StreamWait } from '../../api/page-stream.ts';
import { BOM, csvRow } from '../../logs/csv.ts';
import { logKey, type InvalidRecord, type LogEntry } from '../../logs/log-entry.ts';
import { visibleFields } from '../../logs/log-fields.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import { maskEntry } from '../../logs/mask.ts';
import type { ExportFormat } from './file-name.ts';
import { viewRows } from './merged-stream.ts';
import { ndjsonHeader, ndjsonLine, ndjsonStopped } from './ndjson.ts';
import type { ExportSink } from './sink.ts';

export interface ExportPlan {
  /** The view's sources; several are merged newest first as the merged view shows them. */
  members: readonly StreamMember[];
  query: ResolvedQuery;
  /** `cols` of the URL (null: the table's defaults). */
  columns: readonly string[] | null;
  zone: string;
  masking: boolean;
  format: ExportFormat;
  /** NDJSON only: the provider's record on each line. */
  includeRaw: boolean;
  /** Absolute URL of the view, written first. */
  viewUrl: string;
  exportedAt: number;
  /** Overrides every provider's rate limit (tests). */
  rateLimit?: { requests: number; perMs: number };
}

export interface ExportProgress {
  rows: number;
  /** Sum of each source's total as its first page said (null before the first page). */
  total: number | null;
  /** Unreadable records (the table counts them too) and rows a shifting result served twice. */
  skipped: number;
  duplicates: number;
  /** A pause for a 429 or a fault, until the next page arrives. */
  wait: StreamWait | null;
}

export type ExportResult =
  | { status: 'done'; rows: number; skipped: number; duplicates: number }
  | { status: 'stopped'; rows: number; skipped: number; duplicates: number; reason: string };

/** The CSV's first lines: BOM, `# view: <url>`, the header of the visible columns. */
function csvHead(plan: ExportPlan): string {
  const fields = visibleFields(plan.columns, plan.members.length > 1, plan.query.channels);
  return `${BOM}# view: ${plan.viewUrl.replace(/[\r\n]+/g, ' ')}\r\n${csvRow(fields.map((f) => f.label))}`;
}

/** What one batch of rows becomes in the file: one chunk. */
function batchChunk(plan: ExportPlan, rows: ReadonlyArray<{ member: number; entry: LogEntry }>): string {
  const formats = plan.members.map((m) => ({
    zone: plan.zone,
    country: m.source.defaultCountry,
    sourceLabel: m.source.label,
  }));
  const fields = visibleFields(plan.columns, plan.members.length > 1, plan.query.channels);
  let out = '';
  for (const { member, entry } of rows) {
    if (plan.format === 'csv') {
      const format = formats[member] ?? { zone: plan.zone, country: 'US' };
      out += csvRow(fields.map((f) => f.text(entry, format)));
    } else out += ndjsonLine(entry, plan.zone, plan.includeRaw);
  }
  return out;
}

const isInvalid = (e: LogEntry | InvalidRecord): e is InvalidRecord => 'kind' in e && e.kind === 'invalid';

/**
 * Writes the whole filtered result of every member into `sink`, a page at a time. A provider that stops
 * the export (a page out of reach, retries exhausted, a 4xx) ends it with `stopped`: what was written is
 * kept and a last line says why; an abort (Cancel) rejects and the sink is dropped.
 */
export async function runExport(
  plan: ExportPlan,
  sink: ExportSink,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportResult> {
  const progress: ExportProgress = { rows: 0, total: null, skipped: 0, duplicates: 0, wait: null };
  const seen = new Set<string>();
  const report = () => onProgress({ ...progress });
  try {
    await sink.write(
      plan.format === 'csv' ? csvHead(plan) : ndjsonHeader(plan.viewUrl, plan.exportedAt, plan.zone),
    );
    const batches = viewRows(plan.members, plan.query, {
      signal,
      ...(plan.rateLimit ? { rateLimit: plan.rateLimit } : {}),
      onWait: (wait) => {
        progress.wait = wait;
        report();
      },
    });
    for await (const batch of batches) {
      for (const { total } of batch.totals) progress.total = (progress.total ?? 0) + total;
      const rows: Array<{ member: number; entry: LogEntry }> = [];
      for (const { member, entry } of batch.rows) {
        if (isInvalid(entry)) {
          progress.skipped += 1;
          continue;
        }
        const key = logKey(entry);
        if (seen.has(key)) {
          progress.duplicates += 1;
          continue;
        }
        seen.add(key);
        rows.push({ member, entry: plan.masking ? maskEntry(entry) : entry });
      }
      if (rows.length > 0) await sink.write(batchChunk(plan, rows));
      progress.rows += rows.length;
      progress.wait = null;
      report();
    }
  } catch (error) {
    if (signal.aborted) {
      await sink.abort().catch(() => {});
      throw error;
    }
    const reason =
      error instanceof PageOutOfReachError || error instanceof Error ? error.message : String(error);
    const tail =
      plan.format === 'csv'
        ? `# stopped after ${progress.rows} rows: ${reason.replace(/[\r\n]+/g, ' ')}\r\n`
        : ndjsonStopped(progress.rows, reason);
    await sink.write(tail);
    await sink.close();
    return {
      status: 'stopped',
      rows: progress.rows,
      skipped: progress.skipped,
      duplicates: progress.duplicates,
      reason,
    };
  }
  await sink.close();
  return { status: 'done', rows: progress.rows, skipped: progress.skipped, duplicates: progress.duplicates };
}
