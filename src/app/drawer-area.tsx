import { lazy, Suspense, useCallback } from 'react';
import { useLoadedEntry } from '../api/logs.ts';
import { splitLogKey, type LogsView } from './logs-view.ts';

const LogDrawer = lazy(() =>
  import('../features/log-drawer/index.ts').then((m) => ({ default: m.LogDrawer })),
);

/** The detail drawer of `log=`, loaded lazily so the first paint of /logs does not pay for it. */
export function DrawerArea({ view }: { view: LogsView }) {
  const { source, adapter, query, zone, update } = view;
  const open = splitLogKey(query.log);
  const loaded = useLoadedEntry(open?.sourceId === source.id ? source.id : null, open?.id ?? null);
  const onClose = useCallback(() => update({ log: null }), [update]);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <LogDrawer
        key={query.log}
        source={source}
        adapter={adapter}
        logId={open.id}
        loaded={loaded}
        zone={zone}
        onClose={onClose}
      />
    </Suspense>
  );
}
