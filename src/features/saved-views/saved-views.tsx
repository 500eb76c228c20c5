import { useSavedViews } from '../../state/use-saved-views.ts';
import { SavedViewsMenu } from './saved-views-menu.tsx';

export interface SavedViewsProps {
  /** The view on screen, as a saved view's `search` is written (the URL codec's, without `log=`). */
  current: string;
  hrefOf: (search: string) => string;
  shareUrlOf: (search: string) => string;
  onOpen: (search: string) => void;
}

/** The saved views of this browser (localStorage), and the menu that names, opens and manages them. */
export function SavedViews({ current, hrefOf, shareUrlOf, onOpen }: SavedViewsProps) {
  const { views, problem, save, rename, remove } = useSavedViews();
  return (
    <SavedViewsMenu
      views={views}
      problem={problem}
      current={current}
      hrefOf={hrefOf}
      shareUrlOf={shareUrlOf}
      onOpen={onOpen}
      onSave={(name) => save(name, current)}
      onRename={rename}
      onDelete={remove}
    />
  );
}
