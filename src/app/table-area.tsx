import { useCallback } from 'react';
import { LogTable } from '../features/log-table/index.ts';
import { logKey, type LogEntry } from '../logs/log-entry.ts';
import type { LogsView } from './logs-view.ts';

/** The result table of the selected source. */
export function TableArea({ view }: { view: LogsView }) {
  const { source, adapter, query, resolved, zone, update } = view;
  const onOpen = useCallback((entry: LogEntry) => update({ log: logKey(entry) }), [update]);
  return (
    <LogTable
      source={source}
      adapter={adapter}
      query={resolved}
      columns={query.columns}
      zone={zone}
      openKey={query.log}
      keyboardEnabled={query.log === null}
      onOpen={onOpen}
    />
  );
}
