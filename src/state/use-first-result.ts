import { useSyncExternalStore } from 'react';

/** If no table ever reports (no source, a page without one), what waits opens anyway after this long. */
const FALLBACK_MS = 3_000;

// Once per page load: a later filter change does not hide what opened after the first result.
let shown = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const read = () => shown;

/**
 * The table has shown its first result (rows, an empty result or an error): what the first screen does not
 * need for its rows (live mode) may now load. Called after the frame that painted it, so the
 * rows never wait on those chunks. (Not the filter panel nor saved views: `/` and the keyboard must find
 * them the moment the rows show.)
 */
export function markFirstResult(): void {
  if (shown) return;
  shown = true;
  listeners.forEach((listener) => listener());
}

if (typeof window !== 'undefined') setTimeout(markFirstResult, FALLBACK_MS);

/** Whether the first result has been shown (issue 17: first rows before anything else). */
export function useAfterFirstResult(): boolean {
  return useSyncExternalStore(subscribe, read, read);
}
