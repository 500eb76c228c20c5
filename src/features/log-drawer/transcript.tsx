import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { transcriptQueryOptions } from '../../api/detail.ts';
import { CopyButton } from '../../components/copy-button.tsx';
import type { LogEntry } from '../../logs/log-entry.ts';
import { customerNameOf, maskFreeText } from '../../logs/mask.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { ProviderAdapter, TranscriptTurn } from '../../providers/adapter.ts';
import { useMasking } from '../../state/use-masking.ts';
import { Highlighted, matchOffsets } from './highlight.tsx';

export interface TranscriptProps {
  source: SourceInfo;
  adapter: ProviderAdapter;
  entry: LogEntry;
}

const speakerName = (turn: TranscriptTurn) =>
  turn.speaker === 'agent'
    ? 'Agent'
    : turn.speaker === 'customer'
      ? 'Customer'
      : turn.speakerRaw || 'Speaker';

/** Plain text for the clipboard: one "Speaker: words" line per turn. */
export function transcriptText(turns: readonly TranscriptTurn[]): string {
  return turns.map((t) => `${speakerName(t)}: ${t.text}`).join('\n');
}

/** A search box over what was said: counts matches, Enter / Shift+Enter walk through them. */
function useMatchWalker(container: RefObject<HTMLElement | null>, needle: string, total: number) {
  // The position belongs to the needle it was found for: a new search starts at its first match.
  const [pos, setPos] = useState({ needle, index: 0 });
  const current = pos.needle === needle && pos.index < total ? pos.index : 0;
  useEffect(() => {
    const marks = container.current?.querySelectorAll('mark') ?? [];
    marks.forEach((m, i) => m.toggleAttribute('data-current', i === current));
    marks[current]?.scrollIntoView?.({ block: 'nearest' });
  }, [container, current, needle, total]);
  const step = (delta: number) => {
    if (total > 0) setPos({ needle, index: (current + delta + total) % total });
  };
  return { current, step };
}

function TranscriptBody({ turns, text }: { turns: readonly TranscriptTurn[] | null; text: string | null }) {
  const [needle, setNeedle] = useState('');
  const list = useRef<HTMLDivElement>(null);
  const searchId = useId();
  const total = turns
    ? turns.reduce((n, t) => n + matchOffsets(t.text, needle).length, 0)
    : matchOffsets(text ?? '', needle).length;
  const { current, step } = useMatchWalker(list, needle, total);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    step(event.shiftKey ? -1 : 1);
  };
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={searchId} className="sr-only">
          Search the transcript
        </label>
        <input
          id={searchId}
          type="search"
          value={needle}
          onChange={(e) => setNeedle(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          placeholder="Search the transcript"
          aria-describedby={`${searchId}-count`}
          className="h-8 min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 text-sm focus:outline-2 focus:outline-teal-600 dark:border-slate-600 dark:bg-slate-900"
        />
        <span
          id={`${searchId}-count`}
          role="status"
          className="min-w-24 text-xs text-slate-600 dark:text-slate-300"
        >
          {needle.trim() === ''
            ? ''
            : total === 0
              ? 'No matches'
              : `${current + 1} of ${total} match${total === 1 ? '' : 'es'}`}
        </span>
        <button
          type="button"
          onClick={() => step(-1)}
          disabled={total === 0}
          aria-label="Previous match"
          className="rounded px-1.5 text-sm hover:bg-slate-100 disabled:opacity-40 dark:hover:bg-slate-800"
        >
          ↑
        </button>
        <button
          type="button"
          onClick={() => step(1)}
          disabled={total === 0}
          aria-label="Next match"
          className="rounded px-1.5 text-sm hover:bg-slate-100 disabled:opacity-40 dark:hover:bg-slate-800"
        >
          ↓
        </button>
        <CopyButton label="Copy transcript" text={() => (turns ? transcriptText(turns) : (text ?? ''))} />
      </div>
      <div ref={list}>
        {turns ? (
          <ol className="flex flex-col gap-2 text-sm">
            {turns.map((turn, i) => (
              <li
                key={i}
                className={`flex flex-col ${turn.speaker === 'customer' ? 'items-end pl-10' : 'items-start pr-10'}`}
              >
                <span className="text-xs font-semibold text-slate-500 uppercase dark:text-slate-400">
                  {speakerName(turn)}
                  <span className="sr-only">:</span>
                </span>
                <span
                  dir="auto"
                  className={`rounded-lg px-3 py-1.5 break-words whitespace-pre-wrap ${turn.speaker === 'customer' ? 'bg-sky-50 dark:bg-sky-950' : 'bg-slate-100 dark:bg-slate-800'}`}
                >
                  <Highlighted text={turn.text} needle={needle} />
                </span>
              </li>
            ))}
          </ol>
        ) : (
          <p dir="auto" className="text-sm break-words whitespace-pre-wrap">
            <Highlighted text={text ?? ''} needle={needle} />
          </p>
        )}
      </div>
    </div>
  );
}

function FetchedTranscript({
  source,
  adapter,
  id,
  customerName,
}: {
  source: SourceInfo;
  adapter: ProviderAdapter;
  id: string;
  /** The real name, so a masked transcript shows it as initials too. */
  customerName: string | null;
}) {
  const transcript = useQuery(transcriptQueryOptions(source, adapter, id));
  const [masked] = useMasking();
  if (transcript.isPending) return <p className="text-sm text-slate-500">Loading the transcript…</p>;
  if (transcript.isError)
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-300">
        The transcript could not be loaded: {transcript.error.message}
      </p>
    );
  if (transcript.data.length === 0)
    return <p className="text-sm text-slate-500 dark:text-slate-400">The transcript is empty.</p>;
  const turns = masked
    ? transcript.data.map((t) => ({ ...t, text: maskFreeText(t.text, customerName) }))
    : transcript.data;
  return <TranscriptBody turns={turns} text={null} />;
}

/** Providers that never keep a transcript, so "none" is not a fault of this call. */
const NO_TRANSCRIPTS = new Set(['convoso', 'unpod']);

/** What was said: the provider's transcript as speaker turns, or its transcript text; searchable, copyable. */
export function Transcript({ source, adapter, entry }: TranscriptProps) {
  const ref = entry.transcript;
  if (ref === null) {
    return (
      <p className="text-sm text-slate-500 dark:text-slate-400">
        {NO_TRANSCRIPTS.has(entry.provider)
          ? `No transcript: ${source.label} does not provide transcripts of calls.`
          : 'No transcript for this call.'}
      </p>
    );
  }
  return ref.kind === 'text' ? (
    <TranscriptBody turns={null} text={ref.text} />
  ) : (
    <FetchedTranscript source={source} adapter={adapter} id={ref.id} customerName={customerNameOf(entry)} />
  );
}
