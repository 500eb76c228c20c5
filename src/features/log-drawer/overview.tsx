import type { LogEntry } from '../../logs/log-entry.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { DeliveryErrors } from './delivery-errors.tsx';
import { Facts } from './facts.tsx';
import { KeyValues } from './key-values.tsx';

export interface OverviewProps {
  entry: LogEntry;
  source: SourceInfo;
  zone: string;
  customerHref: string | null;
}

/** Extracted data without the fields shown in their own sections. */
function splitNotes(extracted: LogEntry['extracted']): {
  notes: string | null;
  rest: Record<string, unknown> | null;
} {
  if (!extracted) return { notes: null, rest: null };
  const raw = extracted.notes;
  const notes = typeof raw === 'string' && raw.trim() !== '' ? raw : null;
  const rest =
    notes === null ? extracted : Object.fromEntries(Object.entries(extracted).filter(([k]) => k !== 'notes'));
  return { notes, rest: Object.keys(rest).length > 0 ? rest : null };
}

function TextSection({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="mb-1 text-sm font-semibold">
        {title}
      </h3>
      <p dir="auto" className="text-sm break-words whitespace-pre-wrap">
        {text}
      </p>
    </section>
  );
}

/** Facts first; then why a message failed, the summary or agent's comment, notes and extracted data. */
export function Overview({ entry, source, zone, customerHref }: OverviewProps) {
  const { notes, rest } = splitNotes(entry.extracted);
  return (
    <div className="flex flex-col gap-5">
      {entry.channel === 'whatsapp' ? (
        <DeliveryErrors errors={entry.deliveryErrors} failed={entry.status === 'failed'} />
      ) : null}
      <Facts entry={entry} zone={zone} source={source} customerHref={customerHref} />
      {entry.summary ? (
        // Convoso's only free text is the agent's comment; it lands in `summary`.
        <TextSection
          id="summary-h"
          title={entry.provider === 'convoso' ? 'Agent comment' : 'Summary'}
          text={entry.summary}
        />
      ) : null}
      {notes ? <TextSection id="notes-h" title="Notes" text={notes} /> : null}
      {rest ? (
        <section aria-labelledby="extracted-h">
          <h3 id="extracted-h" className="mb-1 text-sm font-semibold">
            {entry.provider === 'salesfinity' ? 'Contact and call details' : 'Extracted data'}
          </h3>
          <KeyValues data={rest} />
        </section>
      ) : null}
    </div>
  );
}
