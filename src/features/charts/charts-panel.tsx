import { useMemo, useState } from 'react';
import type { LogQuery, ResolvedQuery } from '../../logs/log-query.ts';
import { useLocalPreference } from '../../state/use-local-preference.ts';
import { Breakdown } from './breakdown.tsx';
import { histogramRange } from './buckets.ts';
import type { BreakdownBy, ChartMember, StackBy } from './dimensions.ts';
import { Histogram } from './histogram.tsx';
import { Legend } from './legend.tsx';
import { Toggle } from './toggle.tsx';
import { useErrorBreakdown } from './use-error-breakdown.ts';
import { useVolume } from './use-volume.ts';

const count = new Intl.NumberFormat('en');
const readClock = () => Date.now();
const isStack = (v: string): v is StackBy => v === 'channel' || v === 'status';
const isBreakdown = (v: string): v is BreakdownBy => v === 'disposition' || v === 'status';

export interface TimeRange {
  since: string | null;
  until: string | null;
}

export interface ChartsPanelProps {
  /** Every source of the view; counts are summed over them. */
  members: readonly ChartMember[];
  /** The query as the URL says (its since/until are what "zoom out" restores). */
  query: LogQuery;
  resolved: ResolvedQuery;
  zone: string;
  /** A new time range for the URL (ISO instants). */
  onRange: (range: TimeRange) => void;
}

/** Volume over time (stacked by channel or status) and a breakdown by disposition or status. */
export function ChartsPanel({ members, query, resolved, zone, onRange }: ChartsPanelProps) {
  const [stackBy, setStackBy] = useLocalPreference<StackBy>('charts.stack', 'channel', isStack);
  const [breakdownBy, setBreakdownBy] = useLocalPreference<BreakdownBy>(
    'charts.breakdown',
    'disposition',
    isBreakdown,
  );
  // An open range ends now (read when the panel opens); its last bar also counts anything newer.
  const [now] = useState(readClock);
  const [previous, setPrevious] = useState<TimeRange[]>([]);
  const range = useMemo(
    () => histogramRange(resolved.sinceMs, resolved.untilMs, now, zone),
    [resolved.sinceMs, resolved.untilMs, now, zone],
  );
  const data = useVolume(members, resolved, range.buckets, stackBy, breakdownBy);
  // WhatsApp alone: failed messages are triaged by Meta's error code (read from the rows), by default.
  const whatsapp = resolved.channels.length > 0 && resolved.channels.every((c) => c === 'whatsapp');
  const [byError, setByError] = useState(true);
  const errorMode = whatsapp && byError;
  const errors = useErrorBreakdown(errorMode ? members : [], resolved);

  const zoom = (startMs: number, endMs: number) => {
    setPrevious((stack) => [...stack, { since: query.since, until: query.until }]);
    onRange({ since: new Date(startMs).toISOString(), until: new Date(endMs - 1).toISOString() });
  };
  const zoomOut = () => {
    const last = previous[previous.length - 1];
    if (!last) return;
    setPrevious((stack) => stack.slice(0, -1));
    onRange(last);
  };

  return (
    <section
      aria-label="Volume"
      className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <Toggle
          legend="Stack by"
          value={stackBy}
          options={[
            { value: 'channel', label: 'Channel' },
            { value: 'status', label: 'Status' },
          ]}
          onChange={setStackBy}
        />
        <Toggle
          legend="Breakdown by"
          value={errorMode ? 'error' : breakdownBy}
          options={[
            ...(whatsapp ? [{ value: 'error' as const, label: 'Error code' }] : []),
            { value: 'disposition' as const, label: 'Disposition' },
            { value: 'status' as const, label: 'Status' },
          ]}
          onChange={(value) => {
            setByError(value === 'error');
            if (value !== 'error') setBreakdownBy(value);
          }}
        />
        <button
          type="button"
          onClick={zoomOut}
          disabled={previous.length === 0}
          title={
            previous.length === 0
              ? 'Nothing to zoom out to (browser Back restores earlier ranges)'
              : undefined
          }
          className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Zoom out
        </button>
        <p className="ml-auto text-slate-600 dark:text-slate-400" aria-live="polite">
          {data.total === null ? 'Counting…' : `${count.format(data.total)} logs`}
          {data.done < data.asked
            ? ` · ${count.format(data.done)} of ${count.format(data.asked)} counts`
            : ''}
        </p>
      </div>
      {data.error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          Some counts failed: {data.error.message}{' '}
          <button type="button" onClick={data.retry} className="underline">
            Try again
          </button>
        </p>
      ) : null}
      <div className="flex flex-col gap-4 lg:flex-row">
        <div className="min-w-0 flex-1">
          <Histogram bars={data.bars} segments={data.segments} size={range.size} zone={zone} onZoom={zoom} />
          <Legend segments={data.segments} bars={data.bars} notes={data.stackNotes} />
        </div>
        {errorMode ? (
          <Breakdown by="error code" data={errors.data} notes={errors.notes} />
        ) : (
          <Breakdown by={breakdownBy} data={data.breakdown} notes={data.breakdownNotes} />
        )}
      </div>
    </section>
  );
}
