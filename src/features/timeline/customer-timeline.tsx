import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSources } from '../../api/sources.ts';
import { Banner } from '../../components/banner.tsx';
import type { LogEntry } from '../../logs/log-entry.ts';
import { emptyQuery, type LogQuery } from '../../logs/log-query.ts';
import { maskEntry, maskName, maskPhone, maskText } from '../../logs/mask.ts';
import { formatPhone } from '../../logs/phone.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { isValidTimeZone } from '../../logs/time.ts';
import { useDisplayZone } from '../../state/use-display-zone.ts';
import { useLogQuery } from '../../state/use-log-query.ts';
import { useMasking } from '../../state/use-masking.ts';
import { useResolvedQuery } from '../../state/use-resolved-query.ts';
import { PhoneForm } from './phone-form.tsx';
import { readCustomerPhone } from './read-phone.ts';
import { SourceStatus } from './source-status.tsx';
import { threadByDay } from './thread.ts';
import { TimelineItem } from './timeline-item.tsx';
import { useTimeline } from './use-timeline.ts';

/** The parameters /customer reads; any other is reported, not silently ignored. */
const READ = new Set(['phone', 'since', 'until']);

function weekday(key: string, zone: string): string {
  if (key === 'unknown' || !isValidTimeZone(zone)) return '';
  // Noon UTC of that wall date names the same weekday in every zone within ±12 h.
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${key}T12:00:00Z`),
  );
}

/** The most frequent name the sources give this customer. */
function customerName(entries: readonly LogEntry[]): string | null {
  const counts = new Map<string, number>();
  for (const e of entries)
    if (e.customer.name) counts.set(e.customer.name, (counts.get(e.customer.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** /customer?phone=…: every call and message of one customer across all sources, as one thread. */
export function CustomerTimeline() {
  const { query, problems, update } = useLogQuery();
  const sources = useSources();
  const [zone] = useDisplayZone();
  const [masking, setMasking] = useMasking();
  const list = sources.data ?? [];
  const reading = readCustomerPhone(query.phone, list[0]?.defaultCountry ?? null);
  const [params] = useSearchParams();
  const ignored = [...new Set([...params.keys()].filter((k) => !READ.has(k)))];
  const shownProblems = problems.filter((p) => READ.has(p.param));
  const onPhone = (phone: string) =>
    update(() => ({ ...emptyQuery, phone, since: query.since, until: query.until }));

  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-4">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Link to="/logs" className="text-sm text-teal-700 underline dark:text-teal-300">
          ← Logs
        </Link>
        <h1 className="text-lg font-semibold">Customer timeline</h1>
        <label className="ml-auto flex items-center gap-1.5 text-sm">
          <input type="checkbox" checked={masking} onChange={(e) => setMasking(e.target.checked)} />
          Mask personal data
        </label>
      </div>
      <PhoneForm
        // Remounted when masking changes, so digits typed or read from the URL never stay on screen.
        key={`${query.phone ?? ''}|${masking}`}
        initial={masking || !reading.ok ? (masking ? '' : (query.phone ?? '')) : reading.typed}
        onSubmit={onPhone}
      />
      {shownProblems.length > 0 ? (
        <Banner tone="warning" title="Part of the URL was not used">
          <ul>
            {shownProblems.map((p, i) => (
              <li key={i}>
                {p.param}: {p.reason}
              </li>
            ))}
          </ul>
        </Banner>
      ) : null}
      {ignored.length > 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          The timeline reads only phone, since and until; ignored: {ignored.slice(0, 8).join(', ')}.
        </p>
      ) : null}
      {sources.isError ? (
        <Banner tone="error" title="The Switchboard server could not list its sources">
          {sources.error.message}
        </Banner>
      ) : null}
      {!reading.ok ? (
        <Banner tone="warning" title="No timeline to show">
          {masking ? maskText(reading.reason) : reading.reason} Type the customer&apos;s number above, with +
          and the country code (for example +91 98765 43210).
        </Banner>
      ) : sources.isSuccess ? (
        <Thread
          sources={list}
          e164={reading.e164}
          readIn={reading.readIn}
          query={query}
          zone={zone}
          masking={masking}
        />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-300">Loading the sources…</p>
      )}
    </div>
  );
}

interface ThreadProps {
  sources: readonly SourceInfo[];
  e164: string;
  readIn: string | null;
  query: LogQuery;
  zone: string;
  masking: boolean;
}

function Thread({ sources, e164, readIn, query, zone, masking }: ThreadProps) {
  const windowQuery = useMemo(
    () => ({ ...emptyQuery, phone: e164, since: query.since, until: query.until }),
    [e164, query.since, query.until],
  );
  const { resolved } = useResolvedQuery(windowQuery, zone);
  const parts = useTimeline(sources, e164, { since: query.since, until: query.until }, resolved);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const entries = parts.flatMap((p) => p.entries);
  const shown = masking ? entries.map(maskEntry) : entries;
  const days = threadByDay(shown, zone);
  const name = customerName(entries);
  const phone = formatPhone(e164, 'ZZ');
  const loading = parts.some((p) => p.state === 'loading' || p.state === 'adapter-loading');
  const jumpToLatest = () => {
    const links = document.querySelectorAll<HTMLElement>('[data-timeline-item] a');
    const last = links[links.length - 1];
    last?.scrollIntoView({ block: 'center' });
    last?.focus({ preventScroll: true });
  };
  return (
    <>
      <section aria-labelledby="timeline-customer-h" className="flex flex-col gap-1">
        <h2 id="timeline-customer-h" className="text-base font-semibold">
          {name ? `${masking ? maskName(name) : name} · ` : ''}
          <span className="tabular-nums">{masking ? maskPhone(phone) : phone}</span>
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-300">
          Matched by E.164 across every source{readIn ? ` (a national number, read in ${readIn})` : ''}
          {query.since || query.until
            ? ` · from ${query.since ?? 'the start'} to ${query.until ?? 'now'}`
            : ''}{' '}
          · times in {zone}
        </p>
      </section>
      <SourceStatus parts={parts} />
      <section aria-labelledby="timeline-thread-h" aria-busy={loading} className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline gap-3">
          <h2 id="timeline-thread-h" className="text-sm font-semibold">
            {loading && entries.length === 0
              ? 'Reading the sources…'
              : `${entries.length.toLocaleString('en')} calls and messages, oldest first`}
          </h2>
          {entries.length > 3 ? (
            <button
              type="button"
              onClick={jumpToLatest}
              className="text-sm text-teal-700 underline dark:text-teal-300"
            >
              Jump to the latest
            </button>
          ) : null}
        </div>
        {!loading && entries.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-300">
            No source has a log of this number{query.since || query.until ? ' in this time range' : ''}.
          </p>
        ) : null}
        {days.map((day) => (
          <div key={day.key} role="group" aria-labelledby={`day-${day.key}`} className="flex flex-col gap-2">
            <h3
              id={`day-${day.key}`}
              className="sticky top-0 z-10 flex items-center gap-2 bg-slate-50 py-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:bg-slate-950 dark:text-slate-300"
            >
              <span className="h-px flex-1 bg-slate-300 dark:bg-slate-700" aria-hidden="true" />
              {weekday(day.key, zone)} {day.label}
              <span className="h-px flex-1 bg-slate-300 dark:bg-slate-700" aria-hidden="true" />
            </h3>
            <ol className="flex flex-col gap-2">
              {day.entries.map((entry) => {
                const source = byId.get(entry.sourceId);
                return source ? (
                  <li key={`${entry.sourceId}:${entry.id}`} data-timeline-item>
                    <TimelineItem entry={entry} source={source} zone={zone} />
                  </li>
                ) : null;
              })}
            </ol>
          </div>
        ))}
      </section>
    </>
  );
}
