import { useEffect, useState } from 'react';
import type { SavedView } from '../../state/use-saved-views.ts';
import type { ListedView } from '../../state/use-team-views.ts';
import { NameForm } from './name-form.tsx';

export interface ViewItemProps {
  view: SavedView & Partial<ListedView>;
  current: boolean;
  /** Rename and Delete are offered (the owner's view, or an admin's on a shared one). */
  editable?: boolean;
  /** Shares the view with everyone, or makes it private again (owner only). */
  onShare?: () => void;
  href: string;
  /** The absolute link a colleague can open. */
  shareUrl: string;
  taken: (name: string) => boolean;
  onOpen: () => void;
  onRename: (to: string) => boolean;
  onDelete: () => void;
}

const small = 'rounded px-2 py-0.5 text-xs hover:bg-slate-100 dark:hover:bg-slate-800';

/** "source=a · since=now-24h": what a view holds, readable. */
function describe(search: string): string {
  const parts = [...new URLSearchParams(search)].map(([k, v]) => `${k}=${v}`);
  return parts.length === 0 ? 'Everything of the first source' : parts.join(' · ');
}

/** One saved view: open it (a real link), copy its link, rename or delete it. */
export function ViewItem({
  view,
  current,
  editable = true,
  onShare,
  href,
  shareUrl,
  taken,
  onOpen,
  onRename,
  onDelete,
}: ViewItemProps) {
  const [renaming, setRenaming] = useState(false);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (copied === 'idle') return;
    const timer = setTimeout(() => setCopied('idle'), 2_000);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  if (renaming)
    return (
      <li className="py-2">
        <NameForm
          label={`New name for “${view.name}”`}
          submitLabel="Rename"
          initial={view.name}
          taken={(name) => name !== view.name && taken(name)}
          onSubmit={(name) => {
            const ok = name === view.name || onRename(name);
            if (ok) setRenaming(false);
            return ok;
          }}
          onCancel={() => setRenaming(false)}
        />
      </li>
    );
  return (
    <li className="flex flex-col gap-0.5 py-2">
      <div className="flex items-center gap-1">
        <a
          href={href}
          aria-current={current ? 'page' : undefined}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
              return;
            event.preventDefault();
            onOpen();
          }}
          className="min-w-0 flex-1 truncate font-medium text-teal-700 underline dark:text-teal-300"
          dir="auto"
        >
          {view.name}
        </a>
        {current ? <span className="text-xs text-slate-500 dark:text-slate-400">(shown)</span> : null}
        <button
          type="button"
          className={small}
          aria-label={`Copy link to “${view.name}”`}
          onClick={() => void copy()}
        >
          Copy link
        </button>
        {onShare ? (
          <button
            type="button"
            className={small}
            aria-pressed={view.shared === true}
            aria-label={`Share “${view.name}” with everyone`}
            onClick={onShare}
          >
            {view.shared ? 'Shared' : 'Share'}
          </button>
        ) : null}
        {editable ? (
          <>
            <button
              type="button"
              className={small}
              aria-label={`Rename “${view.name}”`}
              onClick={() => setRenaming(true)}
            >
              Rename
            </button>
            <button type="button" className={small} aria-label={`Delete “${view.name}”`} onClick={onDelete}>
              Delete
            </button>
          </>
        ) : null}
      </div>
      {view.mine === false ? (
        <p className="text-xs text-slate-500 dark:text-slate-400" dir="auto">
          Shared by {view.owner}
        </p>
      ) : null}
      <p
        className="truncate text-xs text-slate-500 dark:text-slate-400"
        title={describe(view.search)}
        dir="auto"
      >
        {describe(view.search)}
      </p>
      <p role="status" className="text-xs text-slate-600 dark:text-slate-300">
        {copied === 'copied' ? 'Link copied' : copied === 'failed' ? `Copy failed: ${shareUrl}` : ''}
      </p>
    </li>
  );
}
