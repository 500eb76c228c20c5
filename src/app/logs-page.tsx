import { lazy, Suspense, useMemo } from 'react';
import { useSources } from '../api/sources.ts';
import { Banner } from '../components/banner.tsx';
import { UrlProblems } from '../features/filters/index.ts';
import { splitMembers } from '../providers/left-out.ts';
import { unknownColumnIds } from '../features/log-table/index.ts';
import { useAdapters } from '../state/use-adapter.ts';
import { useDisplayZone } from '../state/use-display-zone.ts';
import { useLogQuery } from '../state/use-log-query.ts';
import { useAfterFirstResult } from '../state/use-first-result.ts';
import { useResolvedQuery } from '../state/use-resolved-query.ts';
import { ChartsArea } from './charts-area.tsx';
import { DrawerArea } from './drawer-area.tsx';
import { ExportArea } from './export-area.tsx';
import { FiltersArea } from './filters-area.tsx';
import { HeaderBar } from './header-bar.tsx';
import { viewMembers, type LogsView } from './logs-view.ts';
import { MERGED_SORT, pickSource } from './pick-source.ts';
import { TableArea } from './table-area.tsx';

// Live mode starts off on every load: its code waits until after the first rows (issue 17).
const LiveBanner = lazy(() => import('../features/live/index.ts').then((m) => ({ default: m.LiveBanner })));

/** /logs: the URL's view of one source — header, filters, table and the drawer of `log=`. */
export function LogsPage() {
  const { query, problems, update } = useLogQuery();
  const afterFirst = useAfterFirstResult();
  const sources = useSources();
  const [zone, setZone] = useDisplayZone();
  const { resolved, refresh } = useResolvedQuery(query, zone);
  const picked = pickSource(sources.data ?? [], query.sources);
  const source = picked.source;
  // A merged view is newest first by start time only: members are asked in their native order.
  const viewResolved = useMemo(
    () => (picked.merged && resolved.sort !== null ? { ...resolved, sort: null } : resolved),
    [picked.merged, resolved],
  );
  const loaded = useAdapters(picked.members.map((s) => s.provider));
  const memberKey = `${picked.members.map((s) => s.id).join(',')}|${loaded.adapters !== null}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the ids and whether the adapters arrived decide
  const members = useMemo(() => viewMembers(picked.members, loaded.adapters), [memberKey]);
  const split = useMemo(
    () => (members && picked.merged ? splitMembers(members, viewResolved) : null),
    [members, picked.merged, viewResolved],
  );
  // The first source that answers leads (a merged view narrowed to one source reads as that source).
  const lead = split?.included[0] ?? members?.[0];
  const view: LogsView | null =
    source && members && lead
      ? {
          source: lead.source,
          adapter: lead.adapter,
          members: split?.included ?? members,
          candidates: members,
          skipping: split?.skipping ?? [],
          merged: picked.merged,
          query,
          resolved: viewResolved,
          zone,
          update,
        }
      : null;

  return (
    <main className="flex h-full flex-col gap-3 p-3 max-md:h-auto">
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
          ...(picked.merged && query.sort
            ? [
                {
                  param: 'sort',
                  value: `${query.sort.desc ? '-' : ''}${query.sort.field}`,
                  reason: MERGED_SORT,
                },
              ]
            : []),
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
      {source && loaded.error ? (
        <Banner tone="error" title="Switchboard could not load a provider module">
          {loaded.error.message} Reload the page to try again.
        </Banner>
      ) : null}
      {view ? (
        <>
          <FiltersArea view={view} />
          {view.members.length > 0 ? (
            <>
              <ChartsArea view={view} actions={<ExportArea view={view} />} />
              {afterFirst ? (
                <Suspense fallback={null}>
                  <LiveBanner view={view} refresh={refresh} />
                </Suspense>
              ) : null}
              <TableArea view={view} />
            </>
          ) : null}
          <DrawerArea view={view} />
        </>
      ) : null}
    </main>
  );
}
