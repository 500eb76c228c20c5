import {
  channelText,
  defaultFieldIds,
  durationText,
  errorCodeOf,
  errorParts,
  mergedDefaultFieldIds,
} from '../../logs/log-fields.ts';
import { createColumnHelper, tableFeatures, type ReactTable, type Row } from '@tanstack/react-table';
import { Badge } from '../../components/badge.tsx';
import { ChannelIcon } from '../../components/channel-icon.tsx';
import type { LogEntry } from '../../logs/log-entry.ts';
import { outcomeLabel, statusLabel } from '../../logs/outcome-labels.ts';
import { displayPhone } from '../../logs/phone-display.ts';
import { formatInZone } from '../../logs/time.ts';
import { useCellFormat } from './cell-context.ts';
import { outcomeTone, statusTone } from './format.ts';

export const logTableFeatures = tableFeatures({});
const helper = createColumnHelper<typeof logTableFeatures, LogEntry>();

function TimeCell({ ms }: { ms: number | null }) {
  const { zone } = useCellFormat();
  if (ms === null) return <span className="text-slate-400">—</span>;
  return (
    <time dateTime={new Date(ms).toISOString()} title={new Date(ms).toISOString()} className="tabular-nums">
      {formatInZone(ms, zone, 'dd MMM yyyy HH:mm:ss')}
    </time>
  );
}

function PhoneCell({ e164, raw, sourceId }: { e164: string | null; raw: string | null; sourceId?: string }) {
  const format = useCellFormat();
  const country = (sourceId && format.sources?.get(sourceId)?.defaultCountry) || format.country;
  const value = e164 ?? raw;
  return value ? (
    <span className="tabular-nums">{displayPhone(value, country)}</span>
  ) : (
    <span className="text-slate-400">—</span>
  );
}

/**
 * One outcome badge; the provider's own word (when it says something else, and the Disposition column does
 * not already show it) on hover, and to screen readers.
 */
function OutcomeCell({ entry }: { entry: LogEntry }) {
  const label = outcomeLabel[entry.outcome];
  const said = (raw: string | null) =>
    raw !== null && raw.toLowerCase() !== label.toLowerCase() && raw !== entry.disposition.name;
  const raw = [entry.outcomeRaw, entry.statusRaw].find(said) ?? null;
  return (
    <span className="flex min-w-0 items-center" title={raw === null ? undefined : `Provider: ${raw}`}>
      <Badge tone={outcomeTone[entry.outcome]}>{label}</Badge>
      {raw !== null ? <span className="sr-only"> (provider: {raw})</span> : null}
    </span>
  );
}

/** A failed message's error code and what it means (Meta's explainer); the advice on hover. */
function ErrorCell({ entry }: { entry: LogEntry }) {
  const parts = errorParts(entry);
  if (parts.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <span
      className="block truncate"
      title={parts.map((p) => `${p.code} ${p.meaning}: ${p.detail}`).join('\n')}
    >
      {parts.map((p, i) => (
        <span key={i}>
          {i > 0 ? '; ' : ''}
          {p.code ? (
            <>
              <code className="font-mono text-xs font-semibold text-red-800 dark:text-red-300">
                {p.code}
              </code>{' '}
            </>
          ) : null}
          {p.meaning}
        </span>
      ))}
    </span>
  );
}

/** The label of the row's source (a merged view's members; else the id). */
function SourceCell({ id }: { id: string }) {
  const { sources } = useCellFormat();
  return <span className="block truncate">{sources?.get(id)?.label ?? id}</span>;
}

const text = (value: string | null) => value || <span className="text-slate-400">—</span>;

/** Every column the table can show, in default order. Ids are the values of the `cols` URL parameter. */
export const logColumns = helper.columns([
  helper.accessor((e) => e.startedAt, {
    id: 'time',
    header: 'Started',
    cell: (c) => <TimeCell ms={c.getValue()} />,
  }),
  helper.accessor((e) => e.channel, {
    id: 'channel',
    header: 'Channel',
    cell: (c) => (
      <span>
        <ChannelIcon channel={c.getValue()} /> {channelText[c.getValue()]}
      </span>
    ),
  }),
  helper.accessor((e) => e.customer.name, {
    id: 'customer',
    header: 'Customer',
    cell: (c) => (
      <span
        className="block truncate"
        title={c.row.original.customer.loanId ?? c.row.original.customer.leadId ?? undefined}
      >
        {text(c.getValue())}
      </span>
    ),
  }),
  helper.accessor((e) => e.customer.phone, {
    id: 'phone',
    header: 'Phone',
    cell: (c) => (
      <PhoneCell
        e164={c.getValue()}
        raw={c.row.original.customer.phoneRaw}
        sourceId={c.row.original.sourceId}
      />
    ),
  }),
  helper.accessor((e) => e.campaign.name, {
    id: 'campaign',
    header: 'Campaign',
    cell: (c) => <span className="block truncate">{text(c.getValue())}</span>,
  }),
  helper.accessor((e) => e.outcome, {
    id: 'outcome',
    header: 'Outcome',
    cell: (c) => <OutcomeCell entry={c.row.original} />,
  }),
  helper.accessor((e) => e.status, {
    id: 'status',
    header: 'Status',
    cell: (c) => (
      <Badge tone={statusTone[c.getValue()]} title={`Normalized: ${statusLabel[c.getValue()]}`}>
        {c.row.original.statusRaw ?? statusLabel[c.getValue()]}
      </Badge>
    ),
  }),
  helper.accessor((e) => e.disposition.name, {
    id: 'disposition',
    header: 'Disposition',
    cell: (c) => <span className="block truncate">{text(c.getValue())}</span>,
  }),
  helper.accessor((e) => e.durationSec, {
    id: 'duration',
    header: 'Duration',
    cell: (c) => <span className="tabular-nums">{durationText(c.getValue()) || '—'}</span>,
  }),
  helper.accessor((e) => e.agent.name ?? e.agent.id, {
    id: 'agent',
    header: 'Agent',
    cell: (c) => <span className="block truncate">{text(c.getValue())}</span>,
  }),
  helper.accessor((e) => e.direction, { id: 'direction', header: 'Direction', cell: (c) => c.getValue() }),
  helper.accessor((e) => e.businessNumber, {
    id: 'business',
    header: 'Business number',
    cell: (c) => <PhoneCell e164={c.getValue()} raw={null} sourceId={c.row.original.sourceId} />,
  }),
  helper.accessor((e) => e.sourceId, {
    id: 'source',
    header: 'Source',
    cell: (c) => <SourceCell id={c.getValue()} />,
  }),
  helper.accessor((e) => errorCodeOf(e), {
    id: 'error',
    header: 'Error',
    cell: (c) => <ErrorCell entry={c.row.original} />,
  }),
]);

/** Default widths in px; a person's own widths are kept per source (`useColumnLayout`). */
export const columnWidths: Record<string, number> = {
  time: 186,
  channel: 110,
  customer: 170,
  phone: 150,
  campaign: 190,
  outcome: 190,
  status: 130,
  disposition: 160,
  duration: 112,
  agent: 170,
  direction: 96,
  business: 160,
  source: 150,
  error: 300,
};
export const FALLBACK_WIDTH = 140;

/** The defaults of a view and of a merged view: the same as the export's (`log-fields.ts`). */
export const defaultColumnIds = defaultFieldIds;
export const mergedColumnIds = mergedDefaultFieldIds;

/** Every column id, in default order. */
export const allColumnIds: readonly string[] = logColumns.map((c) => c.id ?? '');

/** The header text of a column id (the id itself when no column has it). */
export function columnLabel(id: string): string {
  const header = logColumns.find((c) => c.id === id)?.header;
  return typeof header === 'string' ? header : id;
}

/** The ids that name a column, in the given order (null when none does). */
export function knownColumnIds(ids: readonly string[] | null): string[] | null {
  const known = (ids ?? []).filter((id) => allColumnIds.includes(id));
  return known.length > 0 ? known : null;
}

/** The columns to show, in the order given (unknown ids are dropped; none known: the defaults). */
export function visibleColumns(
  ids: readonly string[] | null,
  defaults: readonly string[] = defaultColumnIds,
) {
  const wanted = knownColumnIds(ids) ?? defaults;
  return wanted.flatMap((id) => logColumns.filter((c) => c.id === id));
}

/** Column ids of the URL that name no column. */
export function unknownColumnIds(ids: readonly string[] | null): string[] {
  return (ids ?? []).filter((id) => !logColumns.some((c) => c.id === id));
}

/** The table instance the header and rows render from. */
export type LogTableInstance = ReactTable<typeof logTableFeatures, LogEntry>;
export type LogTableRow = Row<typeof logTableFeatures, LogEntry>;
