import { Banner } from '../../components/banner.tsx';
import { ApiError } from '../../api/http.ts';
import { PageOutOfReachError } from '../../api/logs.ts';
import type { LogRows } from './use-log-rows.ts';

const count = new Intl.NumberFormat('en');

function ErrorBanner({
  error,
  sourceLabel,
  gaveUp,
}: {
  error: Error;
  sourceLabel: string;
  /** Retries of a passing fault ran out: how many attempts were made, and how to ask again. */
  gaveUp?: { attempts: number; retry: () => void };
}) {
  if (error instanceof PageOutOfReachError)
    return (
      <Banner tone="warning" title={`These rows are beyond what ${sourceLabel} can page to`}>
        {error.message}
      </Banner>
    );
  if (!(error instanceof ApiError))
    return (
      <Banner tone="error" title="Something went wrong">
        {error.message}
      </Banner>
    );
  if (error.authFailed || error.status === 401 || error.status === 403) {
    return (
      <Banner tone="error" title={`${sourceLabel} refused Switchboard's credentials`}>
        {error.message} Check this source's credentials in the Switchboard configuration.
      </Banner>
    );
  }
  return (
    <Banner tone="error" title={`${sourceLabel} could not answer (HTTP ${error.status || 'network'})`}>
      <p>{error.message}</p>
      {error.info?.details.length ? (
        <ul className="list-disc pl-5">
          {error.info.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      ) : null}
      {gaveUp && error.retryable ? (
        <p className="mt-1 flex items-center gap-2">
          Switchboard asked {gaveUp.attempts} times and stopped.
          <button
            type="button"
            onClick={gaveUp.retry}
            className="rounded border border-current px-2 py-0.5 text-sm hover:bg-red-100 dark:hover:bg-red-900"
          >
            Try again
          </button>
        </p>
      ) : null}
    </Banner>
  );
}

/** The result in one line: how many logs, whether they are fresh, and what went wrong. */
export function ResultSummary({
  rows,
  sourceLabel,
  merged = false,
}: {
  rows: LogRows;
  sourceLabel: string;
  /** Several sources merged: the count says so, and the order guarantee is stated. */
  merged?: boolean;
}) {
  const { firstPage } = rows;
  const retrying =
    firstPage.failureReason instanceof ApiError && firstPage.isFetching ? firstPage.failureReason : null;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" aria-live="polite">
        <span className="font-semibold whitespace-nowrap" data-testid="result-count">
          {firstPage.isLoading
            ? 'Loading logs…'
            : rows.failedOver
              ? `${count.format(rows.total)} logs (earlier result)`
              : firstPage.isError && !firstPage.data
                ? 'No logs'
                : `${count.format(rows.total)} logs`}
        </span>
        {merged && rows.memberTotals ? (
          <ul
            aria-label="Logs per source"
            data-testid="source-counts"
            className="flex flex-wrap gap-x-3 text-slate-600 dark:text-slate-300"
          >
            {rows.memberTotals.map((m) => (
              <li key={m.sourceLabel} className="whitespace-nowrap">
                {m.sourceLabel}{' '}
                <span className="tabular-nums">{m.total === null ? '…' : count.format(m.total)}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {merged ? (
          <span
            className="text-slate-500 dark:text-slate-400"
            data-testid="merge-guarantee"
            title={`From ${sourceLabel}. Rows are merged newest first by start time across sources, within the order each provider returns its own logs: a row a provider returns out of order stays after the row it followed there; rows with no start time follow the row before them.`}
          >
            merged newest first by start time, within each provider's own order
          </span>
        ) : null}
        {rows.mergeProgress ? (
          <span className="flex items-center gap-2 text-slate-600 dark:text-slate-300" role="status">
            <progress
              max={rows.mergeProgress.wanted}
              value={rows.mergeProgress.shown}
              aria-label="Merging in order"
              className="h-2 w-24"
            />
            Merging in order: {count.format(rows.mergeProgress.shown)} of{' '}
            {count.format(rows.mergeProgress.wanted)} rows
          </span>
        ) : null}
        {rows.failedOver ? (
          <span className="text-slate-500">Shown until {sourceLabel} answers this query</span>
        ) : rows.stale ? (
          <span className="text-slate-500">Updating…</span>
        ) : null}
        {retrying?.status === 429 ? (
          <span className="text-amber-700 dark:text-amber-300">
            Rate limited by {sourceLabel}, retrying in {retrying.retryAfterSec ?? 1} s
          </span>
        ) : retrying ? (
          <span className="text-amber-700 dark:text-amber-300">
            {sourceLabel} failed ({retrying.status || 'network'}), retrying… (attempt{' '}
            {firstPage.failureCount + 1})
          </span>
        ) : null}
        {rows.invalidCount > 0 ? (
          <span className="text-red-700 dark:text-red-300">
            {rows.invalidCount} unreadable {rows.invalidCount === 1 ? 'record' : 'records'} on the loaded
            pages
          </span>
        ) : null}
      </div>
      {firstPage.error && !firstPage.isFetching && !merged ? (
        <ErrorBanner
          error={firstPage.error}
          sourceLabel={sourceLabel}
          gaveUp={{ attempts: firstPage.failureCount, retry: () => void firstPage.refetch() }}
        />
      ) : null}
      {rows.pageErrors[0] ? <ErrorBanner error={rows.pageErrors[0]} sourceLabel={sourceLabel} /> : null}
      {rows.memberErrors?.map((m) => (
        <ErrorBanner key={m.sourceLabel} error={m.error} sourceLabel={m.sourceLabel} />
      ))}
    </div>
  );
}
