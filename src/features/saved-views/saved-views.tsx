import { useMe } from '../../api/team.ts';
import { useTeamViews } from '../../state/use-team-views.ts';
import { SavedViewsMenu } from './saved-views-menu.tsx';

export interface SavedViewsProps {
  /** The view on screen, as a saved view's `search` is written (the URL codec's, without `log=`). */
  current: string;
  hrefOf: (search: string) => string;
  shareUrlOf: (search: string) => string;
  onOpen: (search: string) => void;
}

/** The user's and the team's saved views (`/api/views`), and the menu that names, opens and manages them. */
export function SavedViews({ current, hrefOf, shareUrlOf, onOpen }: SavedViewsProps) {
  const me = useMe();
  const team = useTeamViews(me.data?.user ?? null);
  return (
    <SavedViewsMenu
      views={team.views}
      problem={team.problem}
      current={current}
      hrefOf={hrefOf}
      shareUrlOf={shareUrlOf}
      onOpen={onOpen}
      onSave={(name) => team.save(name, current)}
      onRename={team.rename}
      onDelete={team.remove}
      onShare={team.setShared}
      admin={me.data?.admin ?? false}
      importable={team.importable}
      importProblem={team.importProblem}
      onImport={team.importLocal}
      onDismissImport={team.dismissImport}
    />
  );
}
