import { useCallback } from 'react';
import { LogTable } from '../features/log-table/index.ts';
import { logKey, type LogEntry } from '../logs/log-entry.ts';
import type { SortSpec } from '../logs/log-query.ts';
import type { LogsView } from './logs-view.ts';

/** The result table of the selected source, or of every member merged newest first. */
export function TableArea({ view }: { view: LogsView }) {
  const { source, adapter, members, merged, query, resolved, zone, update } = view;
  const onOpen = useCallback((entry: LogEntry) => update({ log: logKey(entry) }), [update]);
  const onSort = useCallback((sort: SortSpec) => update({ sort }), [update]);
  // Column choices replace the history entry: Back undoes a filter, not a column shuffle.
  const onColumns = useCallback(
    (columns: string[] | null) => update({ columns }, { replace: true }),
    [update],
  );
  return (
    <LogTable
      source={source}
      adapter={adapter}
      members={merged ? members : undefined}
      query={resolved}
      columns={query.columns}
      zone={zone}
      openKey={query.log}
      keyboardEnabled={query.log === null}
      onOpen={onOpen}
      onSort={onSort}
      onColumns={onColumns}
    />
  );
}
