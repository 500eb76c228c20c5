import { lazy, Suspense } from 'react';

const SourcesOverview = lazy(() =>
  import('../features/sources/index.ts').then((m) => ({ default: m.SourcesOverview })),
);

/** /sources: health and capabilities of each source (loaded lazily). */
export function SourcesPage() {
  return (
    <main className="flex min-h-full flex-col p-3">
      <Suspense fallback={<p className="text-sm">Loading the sources…</p>}>
        <SourcesOverview />
      </Suspense>
    </main>
  );
}
