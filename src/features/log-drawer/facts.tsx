import type { ReactNode } from 'react';
import type { LogEntry } from '../../logs/log-entry.ts';
import { outcomeLabel, statusLabel } from '../../logs/outcome-labels.ts';
import { formatPhone } from '../../logs/phone.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { formatInZone } from '../../logs/time.ts';

function when(ms: number | null, zone: string, sourceZone: string): ReactNode {
  if (ms === null) return null;
  return (
    <time
      dateTime={new Date(ms).toISOString()}
      title={`${formatInZone(ms, sourceZone, 'dd MMM yyyy HH:mm:ss')} (${sourceZone})`}
    >
      {formatInZone(ms, zone, 'dd MMM yyyy HH:mm:ss')} <span className="text-slate-500">{zone}</span>
    </time>
  );
}

/** A normalized label with the provider's own beside it, when there is one. */
function withRaw(label: string, raw: string | null, source: SourceInfo): ReactNode {
  if (raw === null) return label;
  return (
    <>
      {label} <span className="text-slate-500 dark:text-slate-400">({source.label}: {raw})</span>
    </>
  );
}

/** Who, when, what came of it: the facts of a log, raw labels beside normalized ones. */
export function Facts({ entry, zone, source }: { entry: LogEntry; zone: string; source: SourceInfo }) {
  const phone = entry.customer.phone ?? entry.customer.phoneRaw;
  const rows: Array<[string, ReactNode]> = [
    ['Customer', entry.customer.name],
    ['Phone', phone ? formatPhone(phone, source.defaultCountry) : null],
    ['Loan ID', entry.customer.loanId],
    ['Lead ID', entry.customer.leadId],
    [
      'Business number',
      entry.businessNumber ? formatPhone(entry.businessNumber, source.defaultCountry) : null,
    ],
    ['Campaign', entry.campaign.name ?? entry.campaign.id],
    ['Agent', entry.agent.name ?? entry.agent.id],
    ['Direction', entry.direction],
    ['Outcome', withRaw(outcomeLabel[entry.outcome], entry.outcomeRaw, source)],
    ['Status', withRaw(statusLabel[entry.status], entry.statusRaw, source)],
    ['Disposition', entry.disposition.name],
    ['Started', when(entry.startedAt, zone, source.timeZone)],
    ['Ended', when(entry.endedAt, zone, source.timeZone)],
    ['Duration', entry.durationSec !== null ? `${entry.durationSec} s` : null],
  ];
  return (
    <dl className="grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1 text-sm">
      {rows
        .filter(([, value]) => value !== null && value !== '')
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
    </dl>
  );
}
