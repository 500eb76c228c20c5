import { useCallback, useSyncExternalStore } from 'react';

const PREFIX = 'switchboard:';
const listeners = new Set<() => void>();

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(PREFIX + key);
  } catch {
    return null; // storage disabled: preferences last for the page only
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** A personal preference kept in localStorage (never in the URL), validated on read. */
export function useLocalPreference<T extends string>(
  key: string,
  fallback: T,
  isValid: (value: string) => value is T,
): [T, (value: T) => void] {
  const raw = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const value = raw !== null && isValid(raw) ? raw : fallback;
  const set = useCallback(
    (next: T) => {
      try {
        window.localStorage.setItem(PREFIX + key, next);
      } catch {
        // storage full or disabled: nothing to keep
      }
      listeners.forEach((listener) => listener());
    },
    [key],
  );
  return [value, set];
}
