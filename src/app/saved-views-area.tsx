import { useNavigate } from 'react-router';
import { SavedViewsMenu } from '../features/saved-views/index.ts';
import { serializeQuery } from '../logs/url-codec.ts';
import { useLogQuery } from '../state/use-log-query.ts';
import { useSavedViews } from '../state/use-saved-views.ts';

const hrefOf = (search: string) => `/logs${search ? `?${search}` : ''}`;
const shareUrlOf = (search: string) => new URL(hrefOf(search), window.location.origin).href;

/** Saved views of /logs: the current URL (without `log=`) under a name, kept in localStorage. */
export function SavedViewsArea() {
  const { query } = useLogQuery();
  const navigate = useNavigate();
  const { views, problem, save, rename, remove } = useSavedViews();
  const current = serializeQuery({ ...query, log: null }).toString();
  return (
    <SavedViewsMenu
      views={views}
      problem={problem}
      current={current}
      hrefOf={hrefOf}
      shareUrlOf={shareUrlOf}
      onOpen={(search) => void navigate(hrefOf(search))}
      onSave={(name) => save(name, current)}
      onRename={rename}
      onDelete={remove}
    />
  );
}
