import { useCallback, useMemo } from 'react';
import { useLocalPreference } from './use-local-preference.ts';

/** A source's personal column layout: visible column ids in order, and widths in px by column id. */
export interface ColumnLayout {
  /** null: no choice kept (the defaults, or the URL's `cols`). */
  cols: string[] | null;
  widths: Record<string, number>;
}

export const COLUMN_WIDTH_LIMITS = { min: 56, max: 800 } as const;

const COLUMN_ID = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const EMPTY: ColumnLayout = { cols: null, widths: {} };

/** The layout kept in storage, or null when it is not one; bad ids and widths are dropped one by one. */
export function parseColumnLayout(raw: string): ColumnLayout | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  // Checked by hand, not with a zod schema: record and number schemas would add ~1 kB to the first load.
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const { cols: rawCols, widths: rawWidths } = json as Record<string, unknown>;
  if (rawCols != null && !Array.isArray(rawCols)) return null;
  if (rawWidths != null && (typeof rawWidths !== 'object' || Array.isArray(rawWidths))) return null;
  const ids = (rawCols ?? []).filter((id): id is string => typeof id === 'string' && COLUMN_ID.test(id));
  const cols = [...new Set(ids)].slice(0, 50);
  const widths: Record<string, number> = {};
  for (const [id, px] of Object.entries(rawWidths ?? {})) {
    if (COLUMN_ID.test(id) && typeof px === 'number' && Number.isFinite(px))
      widths[id] = Math.round(Math.min(COLUMN_WIDTH_LIMITS.max, Math.max(COLUMN_WIDTH_LIMITS.min, px)));
  }
  return { cols: cols.length > 0 ? cols : null, widths };
}

const isLayout = (raw: string): raw is string => parseColumnLayout(raw) !== null;

/**
 * The columns one person keeps for one source (localStorage `switchboard:columns:<source id>`), validated on
 * read: a stored value that is not a layout reads as none.
 */
export function useColumnLayout(sourceId: string): {
  layout: ColumnLayout;
  setCols: (cols: string[] | null) => void;
  setWidth: (id: string, px: number) => void;
  reset: () => void;
} {
  const [raw, setRaw] = useLocalPreference(`columns:${sourceId}`, '{}', isLayout);
  const layout = useMemo(() => parseColumnLayout(raw) ?? EMPTY, [raw]);
  const write = useCallback((next: ColumnLayout) => setRaw(JSON.stringify(next)), [setRaw]);
  const setCols = useCallback((cols: string[] | null) => write({ ...layout, cols }), [layout, write]);
  const setWidth = useCallback(
    (id: string, px: number) => write({ ...layout, widths: { ...layout.widths, [id]: Math.round(px) } }),
    [layout, write],
  );
  const reset = useCallback(() => write(EMPTY), [write]);
  return { layout, setCols, setWidth, reset };
}
