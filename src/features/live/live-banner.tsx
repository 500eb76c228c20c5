import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { logKeys } from '../../api/logs.ts';
import type { LogQuery, ResolvedQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { formatInZone } from '../../logs/time.ts';
import { resolveQuery } from '../../logs/url-codec.ts';
import type { ListPage, ProviderAdapter } from '../../providers/adapter.ts';
import { useLive } from '../../state/use-live.ts';
import { countNewer, newestStart } from './live-check.ts';
import { readClock, useUnavailable } from './live-control.tsx';
import { useHidden, useScrolling } from './use-page-activity.ts';

const count = new Intl.NumberFormat('en');

/** What live mode checks: the view's sources, its query as the URL says and as resolved, the display zone. */
export interface LiveView {
  members: readonly { source: SourceInfo; adapter: ProviderAdapter }[];
  query: LogQuery;
  resolved: ResolvedQuery;
  zone: string;
}

interface Found {
  key: string;
  newer: number;
  checkedAt: number;
  error: string | null;
}

/**
 * Above the table while live mode is on: every N seconds each source of the view is asked whether logs
 * newer than the top row exist (the query re-resolved now); they are announced, never slid under the cursor.
 */
export function LiveBanner({ view, refresh }: { view: LiveView; refresh: () => void }) {
  const client = useQueryClient();
  const [live, , setPaused] = useLive();
  const unavailable = useUnavailable();
  const seconds = unavailable === null ? live.seconds : 0;
  const scrolling = useScrolling(seconds > 0);
  const hidden = useHidden();
  const paused =
    view.query.log !== null
      ? 'while a log is open'
      : scrolling
        ? 'while you scroll'
        : hidden
          ? 'while this tab is hidden'
          : null;
  useEffect(() => setPaused(seconds > 0 ? paused : null), [seconds, paused, setPaused]);

  const key = `${view.members.map((m) => m.source.id).join(',')}|${JSON.stringify(view.resolved)}`;
  const [found, setFound] = useState<Found | null>(null);
  // Logs newer than this are new when the result has no top row to compare with (empty, or not newest first).
  const [baseline, setBaseline] = useState(() => ({ key, at: readClock() }));
  if (baseline.key !== key) setBaseline({ key, at: readClock() });
  const current = found?.key === key ? found : null;

  const viewRef = useRef(view);
  useEffect(() => {
    viewRef.current = view;
  });

  useEffect(() => {
    if (seconds === 0 || paused !== null) return;
    let controller: AbortController | null = null;
    const check = async () => {
      const v = viewRef.current;
      controller?.abort();
      const ours = new AbortController();
      controller = ours;
      const now = Date.now();
      const resolved = resolveQuery(v.query, now, v.zone);
      const newestFirst =
        v.resolved.sort === null || (v.resolved.sort.field === 'time' && v.resolved.sort.desc);
      try {
        const counts = await Promise.all(
          v.members.map((m) => {
            const page = client.getQueryData<ListPage>(logKeys.page(m.source.id, v.resolved, 1, null));
            const anchor = (newestFirst ? newestStart(page) : null) ?? baseline.at;
            return countNewer(m.source, m.adapter, resolved, anchor, ours.signal);
          }),
        );
        const newer = counts.reduce((a, b) => a + b, 0);
        setFound({ key, newer, checkedAt: now, error: null });
      } catch (error) {
        if (ours.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        setFound((f) => ({ key, newer: f?.key === key ? f.newer : 0, checkedAt: now, error: message }));
      }
    };
    const timer = setInterval(() => void check(), seconds * 1000);
    return () => {
      clearInterval(timer);
      controller?.abort();
    };
  }, [seconds, paused, key, client, baseline.at]);

  if (seconds === 0) return null;

  const show = () => {
    refresh();
    // A range without an end resolves the same: ask the providers again for the first rows.
    for (const m of view.members)
      void client.invalidateQueries({ queryKey: logKeys.list(m.source.id, view.resolved) });
    setFound(null);
    setBaseline({ key, at: Date.now() });
    const region = document.querySelector<HTMLElement>('main [role="region"][aria-label="Results"]');
    if (region) region.scrollTop = 0;
  };

  const newer = current?.newer ?? 0;
  return (
    <div
      className={`flex h-8 shrink-0 items-center gap-3 rounded border px-3 text-sm ${
        newer > 0
          ? 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-50'
          : 'border-transparent text-slate-600 dark:text-slate-300'
      }`}
    >
      {/* Only news and pauses are announced; the ticking "last checked" is not. */}
      <span role="status" aria-live="polite" className="flex items-center gap-3">
        {newer > 0 ? (
          <>
            <span className="font-medium">
              {count.format(newer)} new log{newer === 1 ? '' : 's'}
            </span>
            <span aria-hidden="true">—</span>
            <button
              type="button"
              onClick={show}
              className="rounded border border-sky-400 bg-white px-2 py-0.5 text-sm font-medium hover:bg-sky-100 dark:border-sky-600 dark:bg-sky-900 dark:hover:bg-sky-800"
            >
              show
            </button>
          </>
        ) : null}
        {paused !== null ? <span className="text-xs">Live mode paused {paused}.</span> : null}
      </span>
      {paused === null ? (
        <span className="text-xs text-slate-600 dark:text-slate-300">
          <span>Live: checking every {seconds} s.</span>
          {current ? (
            <span> Last checked {formatInZone(current.checkedAt, view.zone, 'HH:mm:ss')}.</span>
          ) : null}
          {current?.error ? <span> The last check failed: {current.error}</span> : null}
        </span>
      ) : null}
    </div>
  );
}
