import { useSources } from '../../api/sources.ts';
import { SourceCard } from './source-card.tsx';

/** /sources: every configured source with its live checks and which filters it applies. */
export function SourcesOverview() {
  const sources = useSources();
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold">Sources</h1>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Each source is probed live with a few read-only requests. <code>npm run check-sources</code> runs the
        same checks.
      </p>
      {sources.isPending ? <p>Loading sources…</p> : null}
      {sources.error ? <p role="alert">The sources could not be listed: {sources.error.message}</p> : null}
      {sources.data?.map((s) => (
        <SourceCard key={s.id} source={s} />
      ))}
      <a className="text-teal-700 underline dark:text-teal-300" href="/logs">
        Back to the logs
      </a>
    </div>
  );
}
