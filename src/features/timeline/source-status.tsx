import { Link } from 'react-router';
import type { SourceTimeline } from './use-timeline.ts';

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/** One source's part of the thread: how many logs, what was left out and why, or what went wrong. */
function SourceLine({ part }: { part: SourceTimeline }) {
  const { source } = part;
  const read = part.entries.length + part.dropped + part.invalid;
  const notes: string[] = [];
  if (part.dropped > 0)
    notes.push(
      `${plural(part.dropped, 'log')} ${source.label} matched loosely ${part.dropped === 1 ? 'is' : 'are'} about another number and left out`,
    );
  if (part.invalid > 0)
    notes.push(
      `${plural(part.invalid, 'record')} failed validation and ${part.invalid === 1 ? 'is' : 'are'} not shown`,
    );
  return (
    <li data-source={source.id} data-state={part.state} className="flex flex-col gap-0.5 py-1.5 text-sm">
      <span>
        <span className="font-medium">{source.label}</span>
        {': '}
        {part.state === 'unsupported' ? (
          <span className="text-amber-800 dark:text-amber-200">not searched: {part.reason}</span>
        ) : part.state === 'adapter-loading' ? (
          'loading…'
        ) : part.state === 'adapter-error' || part.state === 'error' ? (
          <span role="alert" className="text-red-800 dark:text-red-300">
            {part.state === 'adapter-error' ? 'its module could not be loaded: ' : 'could not be read: '}
            {part.error?.message ?? 'unknown error'}{' '}
            <button type="button" onClick={part.retry} className="text-teal-700 underline dark:text-teal-300">
              Try again
            </button>
          </span>
        ) : part.state === 'loading' ? (
          `reading page ${part.pagesRead + 1} of ${part.pagesWanted}…`
        ) : (
          plural(part.entries.length, 'log')
        )}
      </span>
      {part.capped && part.total !== null ? (
        <span className="text-amber-800 dark:text-amber-200">
          Showing the latest {read.toLocaleString('en')} of {part.total.toLocaleString('en')} from{' '}
          {source.label}
          {' · '}
          <Link to={part.logsHref} className="text-teal-700 underline dark:text-teal-300">
            all of them in Logs
          </Link>
        </span>
      ) : null}
      {notes.length > 0 ? (
        <span className="text-slate-600 dark:text-slate-300">{notes.join('; ')}.</span>
      ) : null}
    </li>
  );
}

/** Every configured source, with what it contributed: none is skipped without a word. */
export function SourceStatus({ parts }: { parts: readonly SourceTimeline[] }) {
  return (
    <section aria-labelledby="timeline-sources-h">
      <h2 id="timeline-sources-h" className="text-sm font-semibold">
        Sources
      </h2>
      <ul aria-labelledby="timeline-sources-h" className="divide-y divide-slate-200 dark:divide-slate-700">
        {parts.map((part) => (
          <SourceLine key={part.source.id} part={part} />
        ))}
      </ul>
    </section>
  );
}
