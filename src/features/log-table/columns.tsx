import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import { Badge } from '../../components/badge.tsx';
import { ChannelIcon } from '../../components/channel-icon.tsx';
import type { LogEntry } from '../../logs/log-entry.ts';
import { outcomeLabel, statusLabel } from '../../logs/outcome-labels.ts';
import { formatPhone } from '../../logs/phone.ts';
import { formatInZone } from '../../logs/time.ts';
import { useCellFormat } from './cell-context.ts';
import { channelLabel, formatDuration, outcomeTone, statusTone } from './format.ts';

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

function PhoneCell({ e164, raw }: { e164: string | null; raw: string | null }) {
  const { country } = useCellFormat();
  const value = e164 ?? raw;
  return value ? (
    <span className="tabular-nums">{formatPhone(value, country)}</span>
  ) : (
    <span className="text-slate-400">—</span>
  );
}

/**
 * The normalized outcome, and the provider's own label beside it whenever it says something else (a label
 * the Disposition column already shows is not repeated).
 */
function OutcomeCell({ entry }: { entry: LogEntry }) {
  const label = outcomeLabel[entry.outcome];
  const said = (raw: string | null) =>
    raw !== null &&
    raw.toLowerCase() !== label.toLowerCase() &&
    raw !== entry.disposition.name;
  const raw = [entry.outcomeRaw, entry.statusRaw].find(said) ?? null;
  return (
    <span className="flex min-w-0 items-center gap-1.5" title={raw ?? undefined}>
      <span className="shrink-0">
        <Badge tone={outcomeTone[entry.outcome]}>{label}</Badge>
      </span>
      {raw !== null ? (
        <span className="truncate text-xs text-slate-500 dark:text-slate-400">{raw}</span>
      ) : null}
    </span>
  );
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
        <ChannelIcon channel={c.getValue()} /> {channelLabel[c.getValue()]}
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
    cell: (c) => <PhoneCell e164={c.getValue()} raw={c.row.original.customer.phoneRaw} />,
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
    cell: (c) => <span className="tabular-nums">{formatDuration(c.getValue())}</span>,
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
    cell: (c) => <PhoneCell e164={c.getValue()} raw={null} />,
  }),
]);

export const columnWidths: Record<string, number> = {
  time: 186,
  channel: 110,
  customer: 170,
  phone: 150,
  campaign: 190,
  outcome: 190,
  status: 130,
  disposition: 160,
  duration: 84,
  agent: 170,
  direction: 96,
  business: 160,
};

export const defaultColumnIds = [
  'time',
  'channel',
  'customer',
  'phone',
  'campaign',
  'outcome',
  'disposition',
  'duration',
];

/** The columns to show, in the order the URL gives (unknown ids are dropped). */
export function visibleColumns(ids: readonly string[] | null) {
  const wanted = ids && ids.length > 0 ? ids : defaultColumnIds;
  return wanted.flatMap((id) => logColumns.filter((c) => c.id === id));
}

/** Column ids of the URL that name no column. */
export function unknownColumnIds(ids: readonly string[] | null): string[] {
  return (ids ?? []).filter((id) => !logColumns.some((c) => c.id === id));
}
