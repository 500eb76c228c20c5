import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { logKeys } from '../api/logs.ts';
import { SourcePicker, ZonePicker } from '../features/filters/index.ts';
import type { SourceInfo } from '../logs/source.ts';
import type { QueryUpdate } from '../state/use-log-query.ts';
import { useAfterFirstResult } from '../state/use-first-result.ts';
import { MaskingToggle } from './masking-toggle.tsx';
import { SavedViewsArea } from './saved-views-area.tsx';
import { ShortcutsHelp } from './shortcuts-help.tsx';
import { SettingsMenu } from './settings-menu.tsx';
import { SignedInUser } from './signed-in-user.tsx';
import { ThemePicker } from './theme-picker.tsx';
import { useMasking } from '../state/use-masking.ts';

// Live mode starts off on every load: its control loads with the banner, after the first rows (issue 17).
const LiveControl = lazy(() => import('../features/live/index.ts').then((m) => ({ default: m.LiveControl })));

export interface HeaderBarProps {
  sources: readonly SourceInfo[];
  source: SourceInfo | null;
  zone: string;
  onZone: (zone: string) => void;
  update: (change: QueryUpdate) => void;
  /** Re-reads "now" for relative ranges. */
  refresh: () => void;
}

/**
 * One row above the filters: title, source, refresh, live and saved views; then (right) the personal
 * settings menu (display zone, theme, masking) and the shortcuts. A signed-in user or a link to /sources
 * goes in the right-hand group, before Settings.
 */
export function HeaderBar({ sources, source, zone, onZone, update, refresh }: HeaderBarProps) {
  const client = useQueryClient();
  const afterFirst = useAfterFirstResult();
  const [masked] = useMasking();
  return (
    <header className="flex flex-wrap items-end gap-x-3 gap-y-2">
      <h1 className="mr-2 self-center text-lg font-semibold tracking-tight">Switchboard</h1>
      <a className="self-center text-sm text-teal-700 underline dark:text-teal-300" href="/sources">
        Sources
      </a>
      {source ? (
        <SourcePicker
          sources={sources}
          value={source.id}
          onChange={(id) =>
            update((q) => ({
              ...q,
              sources: [id],
              statuses: [],
              dispositions: [],
              campaigns: [],
              agents: [],
              extra: {},
              // Columns and sort belong to a source: the new one shows its own.
              columns: null,
              sort: null,
              log: null,
            }))
          }
        />
      ) : null}
      <button
        type="button"
        onClick={() => {
          // Re-read "now" for relative ranges, and ask the provider again for absolute ones.
          refresh();
          void client.invalidateQueries({ queryKey: logKeys.all });
        }}
        className="h-8 self-end rounded border border-slate-300 px-3 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Refresh
      </button>
      {afterFirst ? (
        <Suspense fallback={null}>
          <LiveControl />
        </Suspense>
      ) : null}
      <SavedViewsArea />
      <div className="ml-auto flex items-end gap-2">
        <SignedInUser />
        <SettingsMenu zone={zone} masked={masked}>
          <ZonePicker zone={zone} sourceZone={source?.timeZone ?? 'UTC'} onChange={onZone} />
          <ThemePicker />
          <MaskingToggle />
        </SettingsMenu>
        <ShortcutsHelp />
      </div>
    </header>
  );
}
