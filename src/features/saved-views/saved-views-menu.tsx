import { useState } from 'react';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import type { SavedView } from '../../state/use-saved-views.ts';
import type { ListedView } from '../../state/use-team-views.ts';
import { NameForm, buttonClass } from './name-form.tsx';
import { ViewItem } from './view-item.tsx';

export interface SavedViewsMenuProps {
  views: readonly (SavedView & Partial<ListedView>)[];
  /** Why some stored views were left out, or null. */
  problem: string | null;
  /** The view on screen, as a saved view's `search` would be. */
  current: string;
  hrefOf: (search: string) => string;
  shareUrlOf: (search: string) => string;
  onOpen: (search: string) => void;
  onSave: (name: string) => boolean;
  onRename: (from: string, to: string) => boolean;
  onDelete: (name: string) => boolean;
  /** Shares a view with everyone (or stops sharing it). */
  onShare?: (name: string, shared: boolean) => boolean;
  /** Admins may rename or delete anyone's shared view. */
  admin?: boolean;
  /** How many views this browser's localStorage holds that were never offered for import. */
  importable?: number;
  /** What of this browser's stored views could not be read (left out of the import), or null. */
  importProblem?: string | null;
  onImport?: () => void;
  onDismissImport?: () => void;
}

/** "Saved views": a dialog to name the current view and to open, share, rename or delete saved ones. */
export function SavedViewsMenu(props: SavedViewsMenuProps) {
  const { views, problem, current, hrefOf, shareUrlOf, onOpen, onSave, onRename, onDelete } = props;
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState('');
  // Only one's own views can be replaced by saving under their name.
  const taken = (name: string) => views.some((v) => v.name === name && v.mine !== false);

  const sorted = [...views].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setSaid('');
          setOpen(true);
        }}
        className={`${buttonClass} self-end`}
      >
        Saved views{views.length > 0 ? ` (${views.length})` : ''}
        {problem ? (
          <span className="ml-1 text-amber-700 dark:text-amber-300" aria-label="(some could not be read)">
            ⚠
          </span>
        ) : null}
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        titleId="saved-views-title"
        title="Saved views"
        placement="mx-auto mt-16 w-[min(34rem,94vw)]"
        // Straight to the name: saving the current view is what the dialog is opened for most.
        initialFocus="input"
      >
        <div className="flex flex-col gap-3 px-4 py-3">
          {problem ? (
            <p
              role="status"
              className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
            >
              {problem}
            </p>
          ) : null}
          {props.importable || props.importProblem ? (
            <div
              role="group"
              aria-label="Import"
              className="flex flex-wrap items-center gap-2 rounded border border-teal-300 px-3 py-2 text-sm dark:border-teal-700"
            >
              <span className="flex-1">
                {props.importable
                  ? `This browser holds ${props.importable} saved view${props.importable === 1 ? '' : 's'} from before views were kept for the team. Import ${props.importable === 1 ? 'it' : 'them'} to your account? `
                  : ''}
                {props.importProblem ?? ''}
              </span>
              {props.importable ? (
                <button type="button" className={buttonClass} onClick={() => props.onImport?.()}>
                  Import {props.importable}
                </button>
              ) : null}
              <button type="button" className={buttonClass} onClick={() => props.onDismissImport?.()}>
                Not now
              </button>
            </div>
          ) : null}
          <NameForm
            label="Name the current view (filters, time range, columns, sort)"
            submitLabel="Save view"
            taken={taken}
            onSubmit={(name) => {
              const ok = onSave(name);
              if (ok) setSaid(`Saved “${name}”.`);
              return ok;
            }}
          />
          {sorted.length === 0 ? (
            <p className="text-sm text-slate-500 dark:text-slate-400">No saved views yet.</p>
          ) : (
            <ul
              aria-label="Saved views"
              className="max-h-[55vh] divide-y divide-slate-200 overflow-y-auto text-sm dark:divide-slate-700"
            >
              {sorted.map((view) => (
                <ViewItem
                  key={view.id ?? view.name}
                  view={view}
                  editable={view.mine !== false || (props.admin === true && view.shared === true)}
                  {...(props.onShare && view.mine
                    ? {
                        onShare: () => {
                          const ok = props.onShare?.(view.name, !view.shared) ?? false;
                          if (ok)
                            setSaid(
                              view.shared
                                ? `“${view.name}” is yours alone again.`
                                : `Shared “${view.name}” with everyone.`,
                            );
                        },
                      }
                    : {})}
                  current={view.search === current}
                  href={hrefOf(view.search)}
                  shareUrl={shareUrlOf(view.search)}
                  taken={taken}
                  onOpen={() => {
                    onOpen(view.search);
                    setOpen(false);
                  }}
                  onRename={(to) => {
                    const ok = onRename(view.name, to);
                    if (ok) setSaid(`Renamed “${view.name}” to “${to}”.`);
                    return ok;
                  }}
                  onDelete={() => {
                    if (onDelete(view.name)) setSaid(`Deleted “${view.name}”.`);
                  }}
                />
              ))}
            </ul>
          )}
          <p role="status" className="text-xs text-slate-600 dark:text-slate-300">
            {said}
          </p>
        </div>
      </ModalDialog>
    </>
  );
}
