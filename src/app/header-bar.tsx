import { useQueryClient } from '@tanstack/react-query';
import { logKeys } from '../api/logs.ts';
import { SourcePicker, ZonePicker } from '../features/filters/index.ts';
import type { SourceInfo } from '../logs/source.ts';
import type { QueryUpdate } from '../state/use-log-query.ts';
import { LiveControl } from '../features/live/index.ts';
import { MaskingToggle } from './masking-toggle.tsx';
import { SavedViewsArea } from './saved-views-area.tsx';
import { ShortcutsHelp } from './shortcuts-help.tsx';
import { ThemePicker } from './theme-picker.tsx';

export interface HeaderBarProps {
  sources: readonly SourceInfo[];
  source: SourceInfo | null;
  zone: string;
  onZone: (zone: string) => void;
  update: (change: QueryUpdate) => void;
  /** Re-reads "now" for relative ranges. */
  refresh: () => void;
}

/** Title, source, display zone and refresh: always visible above the filters. */
export function HeaderBar({ sources, source, zone, onZone, update, refresh }: HeaderBarProps) {
  const client = useQueryClient();
  return (
    <header className="flex flex-wrap items-end gap-x-4 gap-y-2">
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
      <ZonePicker zone={zone} sourceZone={source?.timeZone ?? 'UTC'} onChange={onZone} />
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
      <LiveControl />
      <SavedViewsArea />
      <div className="ml-auto flex items-end gap-2">
        <MaskingToggle />
        <ThemePicker />
        <ShortcutsHelp />
      </div>
    </header>
  );
}
