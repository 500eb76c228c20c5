import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import {
  createView,
  deleteView,
  fetchNotices,
  fetchViews,
  patchView,
  viewKeys,
  type TeamView,
} from '../api/team.ts';
import { parseSavedViews, viewSearch, type SavedView } from './use-saved-views.ts';

/** A view as the menu lists it: the saved-view shape plus who owns it and whether it is shared. */
export interface ListedView extends SavedView {
  id: string;
  owner: string;
  shared: boolean;
  mine: boolean;
}

const LOCAL_KEY = 'switchboard:views';
const IMPORTED_KEY = 'switchboard:views-imported';
const hrefOf = (search: string) => `/logs${search ? `?${search}` : ''}`;
const searchOf = (url: string) => new URL(url, 'http://switchboard.invalid').search.slice(1);

function readLocal(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Views of this browser's localStorage not yet offered for import (they stay there either way), and what could not be read. */
function importableViews(): { views: readonly SavedView[]; problem: string | null } {
  return readLocal(IMPORTED_KEY) ? { views: [], problem: null } : parseSavedViews(readLocal(LOCAL_KEY));
}

function markImported(): void {
  try {
    window.localStorage.setItem(IMPORTED_KEY, new Date().toISOString());
  } catch {
    // storage disabled: the offer comes back next time, nothing is lost
  }
}

/**
 * Saved views on the server (`/api/views`): the user's own and the team's shared ones. Each change returns
 * at once; a failure, or a notice that someone else's later change replaced the user's, shows as `problem`.
 */
export function useTeamViews(user: string | null) {
  const client = useQueryClient();
  const listed = useQuery({ queryKey: viewKeys.all, queryFn: ({ signal }) => fetchViews(signal) });
  const [problem, setProblem] = useState<string | null>(null);
  const [local, setLocal] = useState(importableViews);
  const importable = local.views;

  const all: TeamView[] = listed.data ?? [];
  const views: ListedView[] = all.map((view) => ({
    id: view.id,
    name: view.name,
    search: searchOf(view.url),
    savedAt: Date.parse(view.updatedAt),
    owner: view.owner,
    shared: view.shared,
    mine: view.owner === user,
  }));
  // A name is the user's own view of that name first: that is the one the menu's actions mean.
  const byName = (name: string) =>
    all.find((v) => v.name === name && v.owner === user) ?? all.find((v) => v.name === name);

  const act = useCallback(
    (work: () => Promise<unknown>) => {
      setProblem(null);
      void work()
        .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)))
        .then(async () => {
          await client.invalidateQueries({ queryKey: viewKeys.all });
          const notices = await fetchNotices().catch(() => []);
          if (notices.length > 0) setProblem(notices.map((n) => n.message).join(' '));
        });
      return true;
    },
    [client],
  );

  const save = (name: string, search: string) => {
    const url = hrefOf(viewSearch(search));
    const existing = all.find((v) => v.name === name && v.owner === user);
    return act(() => (existing ? patchView(existing, { url }) : createView({ name, url, shared: false })));
  };
  /** Renaming onto another of one's own views replaces it (the menu asks first), as saving does. */
  const rename = (from: string, to: string) => {
    const view = byName(from);
    const replaced = all.find((v) => v.name === to && v.owner === user && v.id !== view?.id);
    if (!view) return false;
    return act(async () => {
      await patchView(view, { name: to });
      if (replaced) await deleteView(replaced);
    });
  };
  const remove = (name: string) => {
    const view = byName(name);
    return view ? act(() => deleteView(view)) : false;
  };
  const setShared = (name: string, shared: boolean) => {
    const view = byName(name);
    return view ? act(() => patchView(view, { shared })) : false;
  };
  /** Copies this browser's views to the server (skipping any already there), once; localStorage keeps them. */
  const importLocal = () => {
    const pending = importable;
    markImported();
    setLocal({ views: [], problem: null });
    return act(async () => {
      for (const view of pending) {
        const url = hrefOf(view.search);
        if (all.some((v) => v.owner === user && v.name === view.name && v.url === url)) continue;
        await createView({ name: view.name, url, shared: false });
      }
    });
  };
  const dismissImport = () => {
    markImported();
    setLocal({ views: [], problem: null });
  };

  return {
    views,
    problem: problem ?? (listed.isError ? listed.error.message : null),
    save,
    rename,
    remove,
    setShared,
    importable: importable.length,
    importProblem: local.problem,
    importLocal,
    dismissImport,
  };
}
