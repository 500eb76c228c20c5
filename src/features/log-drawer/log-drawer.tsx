import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { logDetailQueryOptions, logLookupQueryOptions } from '../../api/detail.ts';
import { CopyButton } from '../../components/copy-button.tsx';
import { Banner } from '../../components/banner.tsx';
import { Tabs } from '../../components/tabs.tsx';
import type { LogEntry } from '../../logs/log-entry.ts';
import type { LogQuery, ResolvedQuery } from '../../logs/log-query.ts';
import { maskEntry } from '../../logs/mask.ts';
import { formatPhone } from '../../logs/phone.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ProviderAdapter } from '../../providers/adapter.ts';
import { useMasking } from '../../state/use-masking.ts';
import { customerLogsHref } from './customer-link.ts';
import { Overview } from './overview.tsx';
import { RawRecord } from './raw-record.tsx';
import { RecordingPlayer } from './recording-player.tsx';
import { StepControls } from './step-controls.tsx';
import { Transcript } from './transcript.tsx';
import { useDrawerKeys } from './use-drawer-keys.ts';
import { useNeighbours } from './use-neighbours.ts';
import { WhatsappThread } from './whatsapp-thread.tsx';

export interface LogDrawerProps {
  source: SourceInfo;
  adapter: ProviderAdapter;
  /** The provider's id of the log (the part of `log=` after the source id). */
  logId: string;
  /** The entry when it is on a loaded page; otherwise it is looked up by id. */
  loaded: LogEntry | null;
  zone: string;
  /** The URL's query (the customer link keeps its columns). */
  query: Pick<LogQuery, 'columns'>;
  /** The table's resolved query: its loaded pages give the previous and next log. */
  resolved: ResolvedQuery;
  onClose: () => void;
  /** Open another log of the result (a `logKey`) without closing the drawer. */
  onStep: (key: string) => void;
}

type TabId = 'overview' | 'said' | 'raw';

const channelNoun = { call: 'Call', whatsapp: 'WhatsApp message', sms: 'SMS' } as const;

export function drawerTitle(entry: LogEntry, country: string): string {
  const who =
    entry.customer.name ??
    (entry.customer.phone ? formatPhone(entry.customer.phone, country) : 'unknown customer');
  return `${channelNoun[entry.channel]} ${entry.direction === 'inbound' ? 'from' : 'with'} ${who}`;
}

/** The middle tab's name: what was said, as this channel says it (none when there is nothing to show). */
function saidTab(entry: LogEntry): string | null {
  if (entry.channel === 'call') return 'Transcript';
  if (entry.channel === 'whatsapp') return 'Conversation';
  return entry.transcript ? 'Message' : null;
}

interface DrawerBodyProps {
  source: SourceInfo;
  adapter: ProviderAdapter;
  entry: LogEntry;
  zone: string;
  customerHref: string | null;
  tab: TabId;
  onTab: (tab: TabId) => void;
}

function DrawerBody({ source, adapter, entry, zone, customerHref, tab, onTab }: DrawerBodyProps) {
  const detail = useQuery(logDetailQueryOptions(source, adapter, entry));
  const [masked] = useMasking();
  const shown = masked ? maskEntry(detail.data ?? entry) : (detail.data ?? entry);
  const said = saidTab(shown);
  const tabs: Array<{ id: TabId; label: string }> = [
    { id: 'overview', label: 'Overview' },
    ...(said ? [{ id: 'said' as const, label: said }] : []),
    { id: 'raw', label: 'Raw' },
  ];
  const selected = tabs.some((t) => t.id === tab) ? tab : 'overview';
  return (
    <div className="flex flex-col gap-4">
      {detail.isError ? (
        <Banner tone="warning" title="Details could not be loaded">
          {detail.error.message} Showing what the list gave.
        </Banner>
      ) : null}
      {/* Above the tabs, so reading the transcript never stops the recording. */}
      {shown.channel === 'call' ? (
        // Sticks under the header (its height) while the transcript scrolls.
        <div className="sticky top-[53px] z-[5] -mx-5 -mt-4 bg-white px-5 pt-4 pb-1 dark:bg-slate-900">
          <RecordingPlayer source={source} entry={shown} zone={zone} />
        </div>
      ) : null}
      <Tabs label="Log details" tabs={tabs} selected={selected} onSelect={onTab}>
        {selected === 'overview' ? (
          <Overview entry={shown} source={source} zone={zone} customerHref={customerHref} />
        ) : selected === 'raw' ? (
          <RawRecord entry={shown} sourceLabel={source.label} />
        ) : shown.channel === 'whatsapp' ? (
          <WhatsappThread
            messages={shown.conversation}
            zone={zone}
            sourceZone={source.timeZone}
            delivery={shown.outcome}
            deliveryRaw={shown.outcomeRaw}
            templateName={shown.templateName}
          />
        ) : (
          <Transcript source={source} adapter={adapter} entry={shown} />
        )}
      </Tabs>
    </div>
  );
}

/**
 * The detail drawer: a modal dialog named after the log; Esc closes it and focus returns to the page.
 * Stepping (buttons, j/k) swaps the log inside the open dialog, keeping the chosen tab.
 */
export function LogDrawer(props: LogDrawerProps) {
  const { source, adapter, logId, loaded, zone, query, resolved, onClose, onStep } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<TabId>('overview');
  const lookup = useQuery({ ...logLookupQueryOptions(source, adapter, logId), enabled: loaded === null });
  const entry = loaded ?? lookup.data ?? null;
  const neighbours = useNeighbours(source, adapter, resolved, logId);
  useDrawerKeys(dialogRef, neighbours, onStep);
  const [masked] = useMasking();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const title = entry
    ? drawerTitle(masked ? maskEntry(entry) : entry, source.defaultCountry)
    : `Log ${logId}`;
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="drawer-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="fixed inset-y-0 right-0 left-auto m-0 h-full max-h-none w-[min(44rem,100vw)] max-w-none overflow-y-auto border-l border-slate-300 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/30 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <header className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-x-3 gap-y-1 border-b border-slate-200 bg-white px-5 py-3 dark:border-slate-700 dark:bg-slate-900">
        <h2
          id="drawer-title"
          dir="auto"
          className="min-w-48 flex-1 truncate text-base font-semibold"
          title={title}
        >
          {title}
        </h2>
        <div className="flex shrink-0 items-center gap-1">
          {/* The page's URL names this log (log=) and the view around it: pasted, it opens here again. */}
          <CopyButton label="Copy link to this log" text={() => window.location.href} />
          <StepControls neighbours={neighbours} onStep={onStep} />
          <button
            type="button"
            onClick={onClose}
            className="ml-1 rounded px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
            aria-label="Close"
            aria-keyshortcuts="Escape"
          >
            ✕
          </button>
        </div>
      </header>
      <div key={logId} className="px-5 py-4">
        {entry ? (
          <DrawerBody
            source={source}
            adapter={adapter}
            entry={entry}
            zone={zone}
            customerHref={customerLogsHref(entry, query)}
            tab={tab}
            onTab={setTab}
          />
        ) : lookup.isLoading ? (
          <p className="text-sm text-slate-500">Looking up log {logId}…</p>
        ) : lookup.isError ? (
          <Banner tone="error" title="This log could not be loaded">
            {lookup.error.message}
          </Banner>
        ) : adapter.lookupRequests ? (
          <Banner tone="warning" title="No such log">
            {source.label} has no log with id {logId}.
          </Banner>
        ) : (
          <Banner tone="warning" title="This log is not among the rows loaded">
            {source.label} cannot fetch one log by its id, so a link opens it once its row is loaded for the
            current filters. Scroll to it, or narrow the filters (for example by phone or time) until it
            shows.
          </Banner>
        )}
      </div>
    </dialog>
  );
}
