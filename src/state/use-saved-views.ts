import { useCallback, useSyncExternalStore } from 'react';
import { parseSearchParams, serializeQuery } from '../logs/url-codec.ts';
import { z } from '../logs/zod-mini.ts';

const KEY = 'switchboard:views';
export const MAX_VIEW_NAME = 80;
const MAX_VIEWS = 200;

const savedViewSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(MAX_VIEW_NAME)),
  search: z.string().check(z.maxLength(16_000)),
  savedAt: z.number(),
});

/** A named view: the URL's search (filters, time range, columns, sort) without `log=`. */
export type SavedView = z.infer<typeof savedViewSchema>;

export interface SavedViews {
  views: readonly SavedView[];
  /** Why some (or all) of what localStorage holds was left out, or null. */
  problem: string | null;
}

/** A search as a view keeps it: through the URL codec (what it drops is dropped), without `log=`. */
export function viewSearch(search: string): string {
  const { query } = parseSearchParams(new URLSearchParams(search));
  return serializeQuery({ ...query, log: null }).toString();
}

/** What localStorage holds, validated: unreadable entries and repeated names are dropped and counted. */
export function parseSavedViews(raw: string | null): SavedViews {
  if (raw === null) return { views: [], problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  if (!Array.isArray(data))
    return {
      views: [],
      problem:
        'The saved views in this browser could not be read and are left out. Saving a view replaces them.',
    };
  const views: SavedView[] = [];
  let dropped = 0;
  for (const item of data.slice(0, MAX_VIEWS)) {
    const parsed = savedViewSchema.safeParse(item);
    const name = parsed.success ? parsed.data.name.trim() : '';
    if (!parsed.success || name === '' || views.some((v) => v.name === name)) dropped += 1;
    else views.push({ name, search: viewSearch(parsed.data.search), savedAt: parsed.data.savedAt });
  }
  dropped += Math.max(0, data.length - MAX_VIEWS);
  return {
    views,
    problem:
      dropped === 0
        ? null
        : `${dropped} saved view${dropped === 1 ? '' : 's'} could not be read and ${dropped === 1 ? 'was' : 'were'} left out.`,
  };
}

const listeners = new Set<() => void>();
let cache: { raw: string | null; value: SavedViews } | null = null;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function snapshot(): SavedViews {
  const raw = readRaw();
  if (cache?.raw !== raw) cache = { raw, value: parseSavedViews(raw) };
  return cache.value;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

function write(views: readonly SavedView[]): boolean {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(views));
  } catch {
    return false; // storage full or disabled
  }
  listeners.forEach((listener) => listener());
  return true;
}

const EMPTY: SavedViews = { views: [], problem: null };

/**
 * Named views kept in localStorage (`switchboard:views`), validated on every read. Writes keep only
 * what could be read. Each change returns false when the browser would not store it.
 */
export function useSavedViews() {
  const { views, problem } = useSyncExternalStore(subscribe, snapshot, () => EMPTY);
  /** Saves (or replaces) a view of this name. */
  const save = useCallback((name: string, search: string) => {
    const rest = snapshot().views.filter((v) => v.name !== name);
    return write([...rest, { name, search: viewSearch(search), savedAt: Date.now() }]);
  }, []);
  /** Renames a view; a view already named `to` is replaced. */
  const rename = useCallback((from: string, to: string) => {
    const all = snapshot().views;
    return write(
      all.filter((v) => v.name !== to || to === from).map((v) => (v.name === from ? { ...v, name: to } : v)),
    );
  }, []);
  const remove = useCallback((name: string) => write(snapshot().views.filter((v) => v.name !== name)), []);
  return { views, problem, save, rename, remove };
}
