import { useQueries } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { logPageQueryOptions } from '../../api/logs.ts';
import type { StreamMember } from '../../api/page-stream.ts';
import { visibleFields } from '../../logs/log-fields.ts';
import type { ResolvedQuery } from '../../logs/log-query.ts';
import { useMasking } from '../../state/use-masking.ts';
import type { ExportFormat } from './file-name.ts';
import { formatCount, formatSeconds, rateAndEta } from './progress-text.ts';
import { useExport, type ExportState } from './use-export.ts';

export interface ExportDialogProps {
  members: readonly StreamMember[];
  merged: boolean;
  query: ResolvedQuery;
  /** `cols` of the URL (null: the table's defaults). */
  columns: readonly string[] | null;
  zone: string;
  /** Absolute URL of the view, written as the file's first line. */
  viewUrl: string;
  /** The source part of the file name (`sandbox-convoso`, `all`). */
  fileSource: string;
  onClose: () => void;
}

const button =
  'h-8 rounded border border-slate-300 px-3 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
const primary =
  'h-8 rounded bg-sky-700 px-3 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-50 dark:bg-sky-600 dark:hover:bg-sky-500';

/** Export of the whole filtered result: format, Start, a progress bar with rate and time left, Cancel. */
export function ExportDialog(props: ExportDialogProps) {
  const { members, merged, query, columns, zone, viewUrl, fileSource, onClose } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [includeRaw, setIncludeRaw] = useState(false);
  const [masking] = useMasking();
  const { state, start, cancel, reset } = useExport();
  const running = state.phase === 'running';

  // The table's own first pages (cached): the total to export, without another request.
  const firsts = useQueries({
    queries: members.map((m) => logPageQueryOptions(m.source, m.adapter, query, 1)),
  });
  const total = firsts.every((q) => q.data) ? firsts.reduce((sum, q) => sum + (q.data?.total ?? 0), 0) : null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const columnLabels = visibleFields(columns, members.length > 1, query.channels).map((f) => f.label);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Esc never drops a running export by accident: Cancel does that.
        if (running) event.preventDefault();
      }}
      onClose={onClose}
      className="m-auto w-[min(32rem,92vw)] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/30 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2 dark:border-slate-700">
        <h2 id={titleId} className="text-base font-semibold">
          Export logs
        </h2>
        <button
          type="button"
          aria-label="Close"
          disabled={running}
          onClick={() => dialogRef.current?.close()}
          className="rounded px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-40 dark:hover:bg-slate-800"
        >
          ✕
        </button>
      </div>
      <div className="flex flex-col gap-3 px-4 py-3 text-sm">
        {state.phase === 'setup' ? (
          <>
            <fieldset className="flex flex-wrap items-center gap-4">
              <legend className="mb-1 font-medium">Format</legend>
              <label className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name="export-format"
                  checked={format === 'csv'}
                  onChange={() => setFormat('csv')}
                />
                CSV (Excel)
              </label>
              <label className="flex items-center gap-1.5">
                <input
                  type="radio"
                  name="export-format"
                  checked={format === 'ndjson'}
                  onChange={() => setFormat('ndjson')}
                />
                NDJSON (one log per line)
              </label>
            </fieldset>
            {format === 'ndjson' ? (
              <label className="flex items-center gap-1.5">
                <input
                  type="checkbox"
                  checked={includeRaw && !masking}
                  disabled={masking}
                  onChange={(e) => setIncludeRaw(e.target.checked)}
                />
                Include each provider record (raw){masking ? ' — withheld while masking is on' : ''}
              </label>
            ) : (
              <p className="text-slate-600 dark:text-slate-300">
                Columns: {columnLabels.join(', ')}. Times in {zone}.
              </p>
            )}
            <p>
              Rows to export:{' '}
              <strong data-testid="export-total">{total === null ? 'counting…' : formatCount(total)}</strong>
              {merged && members.length > 1 ? ` (${members.length} sources, merged newest first)` : null}
            </p>
            {masking ? (
              <p className="text-amber-800 dark:text-amber-200">
                Masking is on: phone numbers, names and digits of free text are masked in the file too.
              </p>
            ) : null}
            <div className="flex justify-end gap-2">
              <button type="button" className={button} onClick={() => dialogRef.current?.close()}>
                Close
              </button>
              <button
                type="button"
                className={primary}
                onClick={() =>
                  void start({
                    members,
                    query,
                    columns,
                    zone,
                    masking,
                    format,
                    includeRaw: includeRaw && !masking,
                    viewUrl,
                    fileSource,
                  })
                }
              >
                Start
              </button>
            </div>
          </>
        ) : (
          <ExportStatus
            state={state}
            total={total}
            onCancel={cancel}
            onAgain={reset}
            onClose={() => dialogRef.current?.close()}
          />
        )}
      </div>
    </dialog>
  );
}

interface ExportStatusProps {
  state: Exclude<ExportState, { phase: 'setup' }>;
  total: number | null;
  onCancel: () => void;
  onAgain: () => void;
  onClose: () => void;
}

function ExportStatus({ state, total: shownTotal, onCancel, onAgain, onClose }: ExportStatusProps) {
  if (state.phase === 'running') {
    const { progress } = state;
    const total = progress.total ?? shownTotal;
    const { rate, left } = rateAndEta(progress.rows, total, state.now - state.startedAt);
    const max = Math.max(total ?? 0, progress.rows, 1);
    return (
      <>
        <p>
          Writing <strong>{state.fileName}</strong>
        </p>
        <div
          role="progressbar"
          aria-label="Export progress"
          aria-valuemin={0}
          aria-valuemax={max}
          aria-valuenow={progress.rows}
          aria-valuetext={`${formatCount(progress.rows)} of ${total === null ? '…' : formatCount(total)} rows`}
          className="h-2 overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
        >
          <div
            className="h-full bg-sky-600 transition-[width]"
            style={{ width: `${(progress.rows / max) * 100}%` }}
          />
        </div>
        <p className="tabular-nums" aria-live="polite">
          {formatCount(progress.rows)} / {total === null ? '…' : formatCount(total)} rows ·{' '}
          {formatCount(Math.round(rate))} rows/s ·{' '}
          {left === null ? 'estimating time left' : `about ${formatSeconds(left)} left`}
        </p>
        {progress.wait ? (
          <p className="text-amber-800 dark:text-amber-200">
            {progress.wait.reason === 'rate-limited'
              ? `The provider asked to slow down (HTTP 429): waiting ${formatSeconds(progress.wait.ms / 1000)}.`
              : `Page ${progress.wait.page} failed (${progress.wait.message}): retrying in ${formatSeconds(progress.wait.ms / 1000)} (attempt ${progress.wait.attempt}).`}
          </p>
        ) : null}
        <div className="flex justify-end">
          <button type="button" className={button} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </>
    );
  }
  const again = (
    <div className="flex justify-end gap-2">
      <button type="button" className={button} onClick={onAgain}>
        Export again
      </button>
      <button type="button" className={button} onClick={onClose}>
        Close
      </button>
    </div>
  );
  if (state.phase === 'cancelled')
    return (
      <>
        <p role="status">Export cancelled after {formatCount(state.rows)} rows; no file was saved.</p>
        {again}
      </>
    );
  if (state.phase === 'failed')
    return (
      <>
        <p role="alert">
          The export failed after {formatCount(state.rows)} rows: {state.message}
        </p>
        {again}
      </>
    );
  const { result } = state;
  const seconds = (state.endedAt - state.startedAt) / 1000;

  return (
    <>
      {result.status === 'done' ? (
        <p role="status">
          Exported <strong data-testid="export-rows">{formatCount(result.rows)}</strong> rows to{' '}
          <strong>{state.fileName}</strong> in {formatSeconds(seconds)}
          {seconds > 0 ? ` (${formatCount(Math.round(result.rows / seconds))} rows/s)` : ''}
          {state.savedTo === 'download' ? ', downloaded' : ', saved'}.
        </p>
      ) : (
        <p role="alert">
          The export stopped after <strong data-testid="export-rows">{formatCount(result.rows)}</strong> rows
          written to <strong>{state.fileName}</strong>: {result.reason}
        </p>
      )}
      {result.skipped > 0 ? (
        <p>
          <span data-testid="export-skipped">{formatCount(result.skipped)}</span> unreadable{' '}
          {result.skipped === 1 ? 'record' : 'records'} left out (the table shows them as unreadable too).
        </p>
      ) : null}
      {result.duplicates > 0 ? (
        <p>
          <span data-testid="export-duplicates">{formatCount(result.duplicates)}</span>{' '}
          {result.duplicates === 1 ? 'row' : 'rows'} served twice by the provider (the result changed during
          the export) written once.
        </p>
      ) : null}
      {again}
    </>
  );
}
