import { useEffect, useState } from 'react';
import { ModalDialog } from '../components/modal-dialog.tsx';

const SHORTCUTS: ReadonlyArray<[keys: string[], what: string]> = [
  [['j', '↓'], 'Next log'],
  [['k', '↑'], 'Previous log'],
  [['PgUp', 'PgDn'], 'A screenful up or down'],
  [['Home', 'End'], 'First or last log'],
  [['Enter'], 'Open the selected log'],
  [['Esc'], 'Close the log, or this list'],
  [['/'], 'Search (or the phone filter where a source has no search)'],
  [['?'], 'Show these shortcuts'],
];

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));

/** `?` (or the header button) lists the keyboard shortcuts in a dialog; Esc closes it. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      // Another dialog (the drawer) keeps the keys while it is open.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={() => setOpen(true)}
        className="h-8 w-8 self-end rounded border border-slate-300 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        ?
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        titleId="shortcuts-title"
        title="Keyboard shortcuts"
      >
        <table className="m-4 text-sm">
          <tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <tr key={what}>
                <td className="py-1 pr-4 whitespace-nowrap">
                  {keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 ? <span className="px-1 text-slate-500 dark:text-slate-400">or</span> : null}
                      <kbd className="rounded border border-slate-300 bg-slate-100 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">
                        {k}
                      </kbd>
                    </span>
                  ))}
                </td>
                <td className="py-1">{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ModalDialog>
    </>
  );
}
