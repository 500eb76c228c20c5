import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { logDetailQueryOptions, logLookupQueryOptions } from '../../api/detail.ts';
import { Banner } from '../../components/banner.tsx';
import type { LogEntry } from '../../logs/log-entry.ts';
import { formatPhone } from '../../logs/phone.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ProviderAdapter } from '../../providers/adapter.ts';
import { DeliveryErrors } from './delivery-errors.tsx';
import { Facts } from './facts.tsx';
import { RawRecord } from './raw-record.tsx';
import { RecordingPlayer } from './recording-player.tsx';
import { Transcript } from './transcript.tsx';
import { WhatsappThread } from './whatsapp-thread.tsx';

export interface LogDrawerProps {
  source: SourceInfo;
  adapter: ProviderAdapter;
  /** The provider's id of the log (the part of `log=` after the source id). */
  logId: string;
  /** The entry when it is on a loaded page; otherwise it is looked up by id. */
  loaded: LogEntry | null;
  zone: string;
  onClose: () => void;
}

const channelNoun = { call: 'Call', whatsapp: 'WhatsApp message', sms: 'SMS' } as const;

export function drawerTitle(entry: LogEntry, country: string): string {
  const who =
    entry.customer.name ??
    (entry.customer.phone ? formatPhone(entry.customer.phone, country) : 'unknown customer');
  return `${channelNoun[entry.channel]} ${entry.direction === 'inbound' ? 'from' : 'with'} ${who}`;
}

function DrawerBody({
  source,
  adapter,
  entry,
  zone,
}: {
  source: SourceInfo;
  adapter: ProviderAdapter;
  entry: LogEntry;
  zone: string;
}) {
  const detail = useQuery(logDetailQueryOptions(source, adapter, entry));
  const shown = detail.data ?? entry;
  return (
    <div className="flex flex-col gap-5">
      {detail.isError ? (
        <Banner tone="warning" title="Details could not be loaded">
          {detail.error.message} Showing what the list gave.
        </Banner>
      ) : null}
      <Facts entry={shown} zone={zone} source={source} />
      {shown.summary ? (
        <section aria-labelledby="summary-h">
          <h3 id="summary-h" className="mb-1 text-sm font-semibold">
            Summary
          </h3>
          <p className="text-sm whitespace-pre-wrap">{shown.summary}</p>
        </section>
      ) : null}
      {shown.channel === 'call' ? <RecordingPlayer source={source} entry={shown} /> : null}
      {shown.channel === 'call' ? <Transcript source={source} adapter={adapter} entry={shown} /> : null}
      {shown.channel === 'whatsapp' ? (
        <DeliveryErrors errors={shown.deliveryErrors} failed={shown.status === 'failed'} />
      ) : null}
      {shown.channel === 'whatsapp' ? <WhatsappThread messages={shown.conversation} zone={zone} /> : null}
      <RawRecord entry={shown} />
    </div>
  );
}

/** The detail drawer: a modal dialog named after the log; Esc closes it and focus returns to the page. */
export function LogDrawer({ source, adapter, logId, loaded, zone, onClose }: LogDrawerProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const lookup = useQuery({ ...logLookupQueryOptions(source, adapter, logId), enabled: loaded === null });
  const entry = loaded ?? lookup.data ?? null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const title = entry ? drawerTitle(entry, source.defaultCountry) : `Log ${logId}`;
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
      <header className="sticky top-0 z-10 flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-5 py-3 dark:border-slate-700 dark:bg-slate-900">
        <h2 id="drawer-title" className="truncate text-base font-semibold">
          {title}
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
          aria-label="Close"
        >
          ✕
        </button>
      </header>
      <div className="px-5 py-4">
        {entry ? (
          <DrawerBody source={source} adapter={adapter} entry={entry} zone={zone} />
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
            current filters. Scroll to it, or narrow the filters (for example by phone or time) until it shows.
          </Banner>
        )}
      </div>
    </dialog>
  );
}
