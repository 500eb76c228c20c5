import { useQuery } from '@tanstack/react-query';
import { transcriptQueryOptions } from '../../api/detail.ts';
import type { LogEntry } from '../../logs/log-entry.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ProviderAdapter } from '../../providers/adapter.ts';

function TranscriptTurns({
  source,
  adapter,
  id,
}: {
  source: SourceInfo;
  adapter: ProviderAdapter;
  id: string;
}) {
  const transcript = useQuery(transcriptQueryOptions(source, adapter, id));
  if (transcript.isLoading) return <p className="text-sm text-slate-500">Loading the transcript…</p>;
  if (transcript.isError)
    return (
      <p className="text-sm text-red-700">The transcript could not be loaded: {transcript.error.message}</p>
    );
  if (!transcript.data?.length) return <p className="text-sm text-slate-500">The transcript is empty.</p>;
  return (
    <ol className="flex flex-col gap-1.5 text-sm">
      {transcript.data.map((turn, i) => (
        <li key={i} className={turn.speaker === 'customer' ? 'pl-8' : 'pr-8'}>
          <span className="mr-1 text-xs font-semibold text-slate-500 uppercase">
            {turn.speaker === 'agent' ? 'Agent' : turn.speaker === 'customer' ? 'Customer' : turn.speakerRaw}
          </span>
          <span className="whitespace-pre-wrap">{turn.text}</span>
        </li>
      ))}
    </ol>
  );
}

/** What was said: the provider's transcript as speaker turns, or its transcript text. */
export function Transcript({
  source,
  adapter,
  entry,
}: {
  source: SourceInfo;
  adapter: ProviderAdapter;
  entry: LogEntry;
}) {
  const ref = entry.transcript;
  return (
    <section aria-labelledby="transcript-h" className="flex flex-col gap-2">
      <h3 id="transcript-h" className="text-sm font-semibold">
        Transcript
      </h3>
      {ref === null ? (
        <p className="text-sm text-slate-500">No transcript for this call.</p>
      ) : ref.kind === 'text' ? (
        <p className="text-sm whitespace-pre-wrap">{ref.text}</p>
      ) : (
        <TranscriptTurns source={source} adapter={adapter} id={ref.id} />
      )}
    </section>
  );
}
