import { lazy, Suspense } from 'react';
import { useNavigate } from 'react-router';
import { serializeQuery } from '../logs/url-codec.ts';
import { useLogQuery } from '../state/use-log-query.ts';

// Not needed for the first rows: its chunk (menu, forms, storage validation) loads after them.
const SavedViews = lazy(() =>
  import('../features/saved-views/index.ts').then((m) => ({ default: m.SavedViews })),
);

const hrefOf = (search: string) => `/logs${search ? `?${search}` : ''}`;
const shareUrlOf = (search: string) => new URL(hrefOf(search), window.location.origin).href;

/** Saved views of /logs: the current URL (without `log=`) under a name, kept in localStorage. */
export function SavedViewsArea() {
  const { query } = useLogQuery();
  const navigate = useNavigate();
  const current = serializeQuery({ ...query, log: null }).toString();
  return (
    <Suspense
      fallback={
        <button
          type="button"
          disabled
          className="h-8 self-end rounded border border-slate-300 px-3 text-sm opacity-60 dark:border-slate-600"
        >
          Saved views
        </button>
      }
    >
      <SavedViews
        current={current}
        hrefOf={hrefOf}
        shareUrlOf={shareUrlOf}
        onOpen={(search) => void navigate(hrefOf(search))}
      />
    </Suspense>
  );
}
