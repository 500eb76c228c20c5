import { maskEntry } from '../../logs/mask.ts';
import type { LogRows } from './use-log-rows.ts';

/** The rows as masking shows them (`maskEntry` is cached per entry, so memoized rows keep their identity). */
export function maskRows(rows: LogRows, masked: boolean): LogRows {
  if (!masked) return rows;
  return {
    ...rows,
    rowAt: (index) => {
      const item = rows.rowAt(index);
      return item === null || 'kind' in item ? item : maskEntry(item);
    },
    version: `${rows.version}:masked`,
  };
}
