import { useSyncExternalStore } from 'react';

/** Below this width the page lays out for a phone: filters in a sheet, rows as two-line cards. */
export const NARROW_QUERY = '(max-width: 767px)';

// No matchMedia (server, jsdom): a wide screen.
const media = () =>
  typeof window === 'undefined' || typeof window.matchMedia !== 'function'
    ? null
    : window.matchMedia(NARROW_QUERY);

function subscribe(onChange: () => void) {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** True on a phone-sized viewport (Tailwind's `max-md`), kept current as the window resizes. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? false,
    () => false,
  );
}
