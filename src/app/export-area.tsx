import { lazy, Suspense, useState } from 'react';
import type { LogsView } from './logs-view.ts';

// The dialog, the page stream and the CSV writer load on first use: none of it is on the first paint.
const ExportDialog = lazy(() =>
  import('../features/export/index.ts').then((m) => ({ default: m.ExportDialog })),
);

/** "Export" above the table: the whole filtered result as CSV or NDJSON, in a dialog. */
export function ExportArea({ view }: { view: LogsView }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="flex justify-end">
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        className="h-8 rounded border border-slate-300 px-3 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        Export
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ExportDialog
            members={view.members}
            merged={view.merged}
            query={view.resolved}
            columns={view.query.columns}
            zone={view.zone}
            viewUrl={window.location.href}
            fileSource={view.merged ? 'all' : view.source.id}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
