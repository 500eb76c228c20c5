import { lazy, Suspense, useCallback } from 'react';
import { useLoadedEntry } from '../api/logs.ts';
import { splitLogKey, type LogsView } from './logs-view.ts';

const LogDrawer = lazy(() =>
  import('../features/log-drawer/index.ts').then((m) => ({ default: m.LogDrawer })),
);

/**
 * The detail drawer of `log=`, loaded lazily so the first paint of /logs does not pay for it. In a merged
 * view `log=<source id>:<id>` opens with that member's source and adapter.
 */
export function DrawerArea({ view }: { view: LogsView }) {
  const { candidates, query, resolved, zone, update } = view;
  const open = splitLogKey(query.log);
  // Any selected source: a link may open a log of a source the current filters leave out.
  const member = candidates.find((m) => m.source.id === open?.sourceId) ?? candidates[0]!;
  const { source, adapter } = member;
  const loaded = useLoadedEntry(open?.sourceId === source.id ? source.id : null, open?.id ?? null);
  const onClose = useCallback(() => update({ log: null }), [update]);
  // Stepping replaces the history entry: Back leaves the drawer instead of replaying every step.
  const onStep = useCallback((key: string) => update({ log: key }, { replace: true }), [update]);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      {/* Keyed by source: stepping within one keeps the dialog (and its tab) open. */}
      <LogDrawer
        key={open.sourceId}
        source={source}
        adapter={adapter}
        logId={open.id}
        loaded={loaded}
        zone={zone}
        query={query}
        resolved={resolved}
        onClose={onClose}
        onStep={onStep}
      />
    </Suspense>
  );
}
