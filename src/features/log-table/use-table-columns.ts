import { useCallback, useEffect } from 'react';
import { useColumnLayout } from '../../state/use-column-layout.ts';
import { columnWidths, defaultColumnIds, FALLBACK_WIDTH, knownColumnIds } from './columns.tsx';

/**
 * The source and columns the table showed last in this page. Module state, not a ref: the table unmounts
 * while the next provider's adapter loads, and a source switched in the page carries the previous source's
 * `cols=`, which are not a shared link.
 */
let lastShown: { sourceId: string; ids: string[] } | null = null;

const same = (a: readonly string[] | null, b: readonly string[] | null) =>
  a !== null && b !== null && a.length === b.length && a.every((id, i) => b[i] === id);

export interface TableColumns {
  /** Visible column ids in order. */
  ids: string[];
  widthOf: (id: string) => number;
  /** A new choice or order: kept for this source and written to `cols=`. */
  change: (ids: string[]) => void;
  setWidth: (id: string, px: number) => void;
  /** Forget this source's columns and widths; `cols=` goes too. */
  reset: () => void;
  /** Something differs from the defaults (order, choice or a width). */
  customized: boolean;
}

/**
 * Which columns show, in which order and how wide. `cols=` wins (a shared link shows the sender's columns);
 * without it, the columns this person keeps for the source — written back to `cols=` so Copy link carries
 * them. Widths are personal: localStorage only.
 */
export function useTableColumns(
  sourceId: string,
  urlCols: readonly string[] | null,
  onUrlCols: (cols: string[] | null) => void,
  defaults: readonly string[] = defaultColumnIds,
): TableColumns {
  const { layout, setCols, setWidth, reset } = useColumnLayout(sourceId);
  const fromUrl = knownColumnIds(urlCols);
  const saved = knownColumnIds(layout.cols);
  const ids = fromUrl ?? saved ?? [...defaults];

  useEffect(() => {
    const before = lastShown;
    lastShown = { sourceId, ids };
    if (before && before.sourceId !== sourceId && same(fromUrl, before.ids)) {
      if (!same(fromUrl, saved)) onUrlCols(saved);
    } else if (fromUrl === null && saved !== null) onUrlCols(saved);
  });

  const change = useCallback(
    (next: string[]) => {
      setCols(next);
      onUrlCols(next);
    },
    [setCols, onUrlCols],
  );
  const resetAll = useCallback(() => {
    reset();
    onUrlCols(null);
  }, [reset, onUrlCols]);
  const widthOf = (id: string) => layout.widths[id] ?? columnWidths[id] ?? FALLBACK_WIDTH;
  const customized = !same(ids, defaults) || Object.keys(layout.widths).length > 0 || layout.cols !== null;
  return { ids, widthOf, change, setWidth, reset: resetAll, customized };
}
