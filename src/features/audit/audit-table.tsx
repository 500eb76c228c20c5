import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { AuditEntry } from '../../api/audit.ts';

export interface AuditTableProps {
  entries: readonly AuditEntry[];
  /** More pages to load when the end is near. */
  hasMore: boolean;
  onNearEnd: () => void;
}

const COLUMNS = ['Time (UTC)', 'User', 'Action', 'Source', 'Log id', 'Dashboard URL', 'Client'] as const;
const GRID = 'grid grid-cols-[12rem_8rem_10rem_8rem_10rem_minmax(12rem,1fr)_8rem] gap-2 px-2';
const ROW_HEIGHT = 32;

function cells(entry: AuditEntry): string[] {
  const time = entry.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z');
  return [
    time,
    entry.user,
    entry.action,
    entry.source ?? '',
    entry.logId ?? '',
    entry.url ?? '',
    entry.client ?? '',
  ];
}

/** The audit trail as a virtualized grid (the log table's roles: `table`, `row`, `columnheader`). */
export function AuditTable({ entries, hasMore, onNearEnd }: AuditTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasMore && last >= entries.length - 20) onNearEnd();
  }, [last, entries.length, hasMore, onNearEnd]);

  return (
    <div
      role="table"
      aria-label="Audit trail"
      aria-rowcount={entries.length + 1}
      className="flex min-h-0 flex-1 flex-col text-sm"
    >
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={1}
          className={`${GRID} border-b border-slate-300 py-1 font-medium dark:border-slate-600`}
        >
          {COLUMNS.map((name) => (
            <span key={name} role="columnheader">
              {name}
            </span>
          ))}
        </div>
      </div>
      <div ref={scroller} role="rowgroup" className="min-h-0 flex-1 overflow-auto">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const entry = entries[item.index];
            if (!entry) return null;
            return (
              <div
                key={entry.id}
                role="row"
                aria-rowindex={item.index + 2}
                className={`${GRID} absolute inset-x-0 items-center border-b border-slate-100 dark:border-slate-800`}
                style={{ top: item.start, height: ROW_HEIGHT }}
              >
                {cells(entry).map((text, column) => (
                  <span key={COLUMNS[column]} role="cell" className="truncate" title={text} dir="auto">
                    {text}
                  </span>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
