import { useSources } from '../api/sources.ts';
import { Banner } from '../components/banner.tsx';
import { UrlProblems } from '../features/filters/index.ts';
import { unknownColumnIds } from '../features/log-table/index.ts';
import { useAdapter } from '../state/use-adapter.ts';
import { useDisplayZone } from '../state/use-display-zone.ts';
import { useLogQuery } from '../state/use-log-query.ts';
import { useResolvedQuery } from '../state/use-resolved-query.ts';
import { ChartsArea } from './charts-area.tsx';
import { DrawerArea } from './drawer-area.tsx';
import { FiltersArea } from './filters-area.tsx';
import { HeaderBar } from './header-bar.tsx';
import { LiveBanner } from './live-area.tsx';
import type { LogsView } from './logs-view.ts';
import { pickSource } from './pick-source.ts';
import { TableArea } from './table-area.tsx';

/** /logs: the URL's view of one source — header, filters, table and the drawer of `log=`. */
export function LogsPage() {
  const { query, problems, update } = useLogQuery();
  const sources = useSources();
  const [zone, setZone] = useDisplayZone();
  const { resolved, refresh } = useResolvedQuery(query, zone);
  const picked = pickSource(sources.data ?? [], query.sources);
  const source = picked.source;
  const adapterQuery = useAdapter(source?.provider ?? null);
  const adapter = adapterQuery.data ?? null;
  const view: LogsView | null =
    source && adapter
      ? { source, adapter, members: [{ source, adapter }], merged: false, query, resolved, zone, update }
      : null;

  return (
    <main className="flex h-full flex-col gap-3 p-3">
      <HeaderBar
        sources={sources.data ?? []}
        source={source}
        zone={zone}
        onZone={setZone}
        update={update}
        refresh={refresh}
      />
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
      {view ? (
        <>
          <FiltersArea view={view} />
          <ChartsArea view={view} />
          <LiveBanner view={view} refresh={refresh} />
          <TableArea view={view} />
          <DrawerArea view={view} />
        </>
      ) : null}
    </main>
  );
}
