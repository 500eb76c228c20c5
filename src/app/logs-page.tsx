import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback } from 'react';
import { logKeys, useLoadedEntry } from '../api/logs.ts';
import { useSources } from '../api/sources.ts';
import { Banner } from '../components/banner.tsx';
import {
  FilterPanel,
  SourcePicker,
  UnappliedFilters,
  UrlProblems,
  ZonePicker,
} from '../features/filters/index.ts';
import { LogTable, unknownColumnIds } from '../features/log-table/index.ts';
import { logKey, type LogEntry } from '../logs/log-entry.ts';
import { useAdapter } from '../state/use-adapter.ts';
import { useDisplayZone } from '../state/use-display-zone.ts';
import { useLogQuery } from '../state/use-log-query.ts';
import { useResolvedQuery } from '../state/use-resolved-query.ts';
import { ChannelScope } from './channel-scope.tsx';
import { pickSource } from './pick-source.ts';

const LogDrawer = lazy(() =>
  import('../features/log-drawer/index.ts').then((m) => ({ default: m.LogDrawer })),
);

/** `log=<source id>:<provider id>` → its parts. */
function splitLogKey(key: string | null): { sourceId: string; id: string } | null {
  const at = key?.indexOf(':') ?? -1;
  return key && at > 0 ? { sourceId: key.slice(0, at), id: key.slice(at + 1) } : null;
}

export function LogsPage() {
  const { query, problems, update } = useLogQuery();
  const sources = useSources();
  const [zone, setZone] = useDisplayZone();
  const { resolved, refresh } = useResolvedQuery(query, zone);
  const client = useQueryClient();
  const picked = pickSource(sources.data ?? [], query.sources);
  const source = picked.source;
  const adapterQuery = useAdapter(source?.provider ?? null);
  const adapter = adapterQuery.data ?? null;
  const open = splitLogKey(query.log);
  const loadedEntry = useLoadedEntry(open?.sourceId === source?.id ? (source?.id ?? null) : null, open?.id ?? null);
  const onOpen = useCallback((entry: LogEntry) => update({ log: logKey(entry) }), [update]);
  const onClose = useCallback(() => update({ log: null }), [update]);

  return (
    <div className="flex h-full flex-col gap-3 p-3">
      <header className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <h1 className="mr-2 self-center text-lg font-semibold tracking-tight">Switchboard</h1>
        {source ? (
          <SourcePicker
            sources={sources.data ?? []}
            value={source.id}
            onChange={(id) =>
              update((q) => ({
                ...q,
                sources: [id],
                statuses: [],
                dispositions: [],
                campaigns: [],
                agents: [],
                extra: {},
                log: null,
              }))
            }
          />
        ) : null}
        <ZonePicker zone={zone} sourceZone={source?.timeZone ?? 'UTC'} onChange={setZone} />
        <button
          type="button"
          onClick={() => {
            // Re-read "now" for relative ranges, and ask the provider again for absolute ones.
            refresh();
            void client.invalidateQueries({ queryKey: logKeys.all });
          }}
          className="h-8 self-end rounded border border-slate-300 px-3 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Refresh
        </button>
      </header>
      <UrlProblems
        problems={[
          ...problems,
          ...picked.problems,
          ...unknownColumnIds(query.columns).map((id) => ({
            param: 'cols',
            value: id,
            reason: 'no such column',
          })),
        ]}
      />
      {sources.isError ? (
        <Banner tone="error" title="The Switchboard server could not list its sources">
          {sources.error.message}
        </Banner>
      ) : null}
      {sources.isSuccess && !source ? <Banner tone="warning" title="No sources are configured" /> : null}
      {source && adapterQuery.isError ? (
        <Banner tone="error" title={`Switchboard could not load its ${source.provider} module`}>
          {adapterQuery.error.message} Reload the page to try again.
        </Banner>
      ) : null}
      {source && adapter ? (
        <>
          <FilterPanel
            source={source}
            adapter={adapter}
            query={query}
            zone={zone}
            onChange={(u) => update(u)}
          />
          <UnappliedFilters items={adapter.unapplied(resolved)} sourceLabel={source.label} />
          <ChannelScope source={source} adapter={adapter} query={resolved} />
          <LogTable
            source={source}
            adapter={adapter}
            query={resolved}
            columns={query.columns}
            zone={zone}
            openKey={query.log}
            keyboardEnabled={!open}
            onOpen={onOpen}
          />
          {open ? (
            <Suspense fallback={null}>
              <LogDrawer
                key={query.log}
                source={source}
                adapter={adapter}
                logId={open.id}
                loaded={loadedEntry}
                zone={zone}
                onClose={onClose}
              />
            </Suspense>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
