import { Link } from 'react-router';
import { recordingSrc } from '../../api/detail.ts';
import { Badge, type BadgeTone } from '../../components/badge.tsx';
import { ChannelIcon } from '../../components/channel-icon.tsx';
import { emptyQuery } from '../../logs/log-query.ts';
import { logKey, type LogEntry, type Outcome, type WhatsappEntry } from '../../logs/log-entry.ts';
import { explainMetaError } from '../../logs/meta-errors.ts';
import { outcomeLabel } from '../../logs/outcome-labels.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { formatInZone } from '../../logs/time.ts';
import { serializeQuery } from '../../logs/url-codec.ts';

const channelName: Record<LogEntry['channel'], string> = { call: 'Call', whatsapp: 'WhatsApp', sms: 'SMS' };

const outcomeTone: Record<Outcome, BadgeTone> = {
  answered: 'good',
  delivered: 'good',
  read: 'good',
  accepted: 'info',
  no_answer: 'warn',
  voicemail: 'warn',
  busy: 'warn',
  cancelled: 'neutral',
  failed: 'bad',
  unknown: 'neutral',
};

/** The log in its source's /logs view, drawer open. */
export function drawerHref(entry: LogEntry): string {
  const query = { ...emptyQuery, sources: [entry.sourceId], log: logKey(entry) };
  return `/logs?${serializeQuery(query).toString()}`;
}

function duration(sec: number | null): string | null {
  if (sec === null || !Number.isFinite(sec)) return null;
  const s = Math.max(0, Math.round(sec));
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

/** The normalized outcome, with the provider's own label beside it where it says something else. */
function Outcome({ entry, source }: { entry: LogEntry; source: SourceInfo }) {
  const label = outcomeLabel[entry.outcome];
  const raw = [entry.outcomeRaw, entry.statusRaw].find(
    (r): r is string => r !== null && r.trim() !== '' && r.toLowerCase() !== label.toLowerCase(),
  );
  return (
    <span className="inline-flex min-w-0 items-center gap-1.5">
      <Badge tone={outcomeTone[entry.outcome]}>{label}</Badge>
      {raw ? (
        <span
          className="truncate text-xs text-slate-600 dark:text-slate-300"
          title={`${source.label}: ${raw}`}
        >
          {source.label}: {raw}
        </span>
      ) : null}
    </span>
  );
}

function Recordings({ entry, source, time }: { entry: LogEntry; source: SourceInfo; time: string }) {
  const count = entry.recordings.length;
  if (count === 0) return null;
  return (
    <ul className="flex flex-col gap-1">
      {entry.recordings.map((recording, i) => {
        const src = recordingSrc(source, recording);
        const name = `Recording${count > 1 ? ` ${i + 1} of ${count}` : ''} of the ${source.label} call at ${time}`;
        return (
          <li key={`${recording.id}-${i}`}>
            {src === null ? (
              <p className="text-xs text-red-700 dark:text-red-300">
                {name} is not played here: its link is not a safe address, so it was not loaded.
              </p>
            ) : (
              <audio controls preload="none" src={src} aria-label={name} className="h-8 w-full max-w-md" />
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** First and last lines of the conversation, and delivery status and errors in brief. */
function WhatsappExcerpt({ entry }: { entry: WhatsappEntry }) {
  const messages = entry.conversation;
  const first = messages[0];
  const last = messages.length > 1 ? messages.at(-1) : undefined;
  const line = (m: (typeof messages)[number]) => (
    <p dir="auto" className="line-clamp-2 text-sm break-words">
      <span className="font-medium text-slate-600 dark:text-slate-300">
        {m.role === 'assistant' ? 'Business' : 'Customer'}:
      </span>{' '}
      {m.content}
    </p>
  );
  return (
    <div className="flex flex-col gap-1">
      {entry.templateName ? (
        <p className="text-xs text-slate-600 dark:text-slate-300">Template {entry.templateName}</p>
      ) : null}
      {first ? line(first) : <p className="text-xs text-slate-600 dark:text-slate-300">No message text.</p>}
      {messages.length > 2 ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          … {messages.length - 2} more message{messages.length === 3 ? '' : 's'} …
        </p>
      ) : null}
      {last ? line(last) : null}
      {entry.deliveryErrors.map((error, i) => (
        <p key={i} className="text-xs text-red-800 dark:text-red-300">
          Not delivered: {error.code ?? 'no code'} ·{' '}
          {error.title ??
            (error.code !== null ? explainMetaError(error.code)?.title : null) ??
            'unknown error'}
        </p>
      ))}
      {entry.status === 'failed' && entry.deliveryErrors.length === 0 ? (
        <p className="text-xs text-red-800 dark:text-red-300">
          Failed, with no error code from the provider.
        </p>
      ) : null}
    </div>
  );
}

export interface TimelineItemProps {
  entry: LogEntry;
  source: SourceInfo;
  zone: string;
}

/** One call or message of the customer: what, when, where, what came of it; a link to its drawer. */
export function TimelineItem({ entry, source, zone }: TimelineItemProps) {
  const time = entry.startedAt === null ? 'unknown time' : formatInZone(entry.startedAt, zone, 'HH:mm');
  const who = [entry.agent.name ?? entry.agent.id, entry.campaign.name ?? entry.campaign.id]
    .filter((v) => v !== null && v !== '')
    .join(' · ');
  const length = entry.channel === 'call' ? duration(entry.durationSec) : null;
  return (
    <article
      aria-label={`${channelName[entry.channel]} at ${time}, ${source.label}`}
      data-log-key={logKey(entry)}
      className="flex flex-col gap-1.5 rounded border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
    >
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <ChannelIcon channel={entry.channel} />
        <span className="font-medium">
          {channelName[entry.channel]}
          {entry.direction !== 'unknown' ? ` · ${entry.direction}` : ''}
        </span>
        {entry.startedAt !== null ? (
          <time
            dateTime={new Date(entry.startedAt).toISOString()}
            className="text-slate-600 tabular-nums dark:text-slate-300"
          >
            {time}
          </time>
        ) : (
          <span className="text-slate-600 dark:text-slate-300">time unknown</span>
        )}
        <span className="text-slate-600 dark:text-slate-300">{source.label}</span>
        <Link
          to={drawerHref(entry)}
          className="ml-auto text-teal-700 underline dark:text-teal-300"
          aria-label={`Open log: ${channelName[entry.channel]} at ${time}, ${source.label}`}
        >
          Open log
        </Link>
      </header>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <Outcome entry={entry} source={source} />
        {length ? <span className="tabular-nums">{length}</span> : null}
        {entry.disposition.name ? <span>{entry.disposition.name}</span> : null}
        {who ? <span className="text-slate-600 dark:text-slate-300">{who}</span> : null}
      </div>
      {entry.channel === 'whatsapp' ? <WhatsappExcerpt entry={entry} /> : null}
      {entry.channel !== 'whatsapp' && entry.summary ? (
        <p dir="auto" className="line-clamp-2 text-sm break-words text-slate-700 dark:text-slate-200">
          {entry.summary}
        </p>
      ) : null}
      {entry.channel === 'call' ? <Recordings entry={entry} source={source} time={time} /> : null}
    </article>
  );
}
