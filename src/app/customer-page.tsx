import { lazy, Suspense } from 'react';

const CustomerTimeline = lazy(() =>
  import('../features/timeline/index.ts').then((m) => ({ default: m.CustomerTimeline })),
);

/** /customer?phone=…: one customer's calls and messages across every source (loaded lazily). */
export function CustomerPage() {
  return (
    <main className="flex min-h-full flex-col p-3">
      <Suspense
        fallback={<p className="text-sm text-slate-600 dark:text-slate-300">Loading the timeline…</p>}
      >
        <CustomerTimeline />
      </Suspense>
    </main>
  );
}
