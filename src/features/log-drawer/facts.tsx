import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { LogEntry } from '../../logs/log-entry.ts';
import { outcomeLabel, statusLabel } from '../../logs/outcome-labels.ts';
import { formatPhone } from '../../logs/phone.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { formatInZone } from '../../logs/time.ts';
import { customerTimelineHref } from './customer-link.ts';

function when(ms: number | null, zone: string, sourceZone: string): ReactNode {
  if (ms === null) return null;
  return (
    <time
      dateTime={new Date(ms).toISOString()}
      title={`${formatInZone(ms, sourceZone, 'dd MMM yyyy HH:mm:ss')} (${sourceZone})`}
    >
      {formatInZone(ms, zone, 'dd MMM yyyy HH:mm:ss')}{' '}
      <span className="text-slate-500 dark:text-slate-400">{zone}</span>
    </time>
  );
}

/** A normalized label with the provider's own word beside it, when it says something else. */
function withRaw(label: string, raw: string | null, source: SourceInfo): ReactNode {
  if (raw === null || raw.trim().toLowerCase() === label.toLowerCase()) return label;
  return (
    <>
      {label}{' '}
      <span className="text-slate-500 dark:text-slate-400" title={`${source.label}'s own word`}>
        · “{raw}”
      </span>
    </>
  );
}

function duration(sec: number | null): string | null {
  if (sec === null) return null;
  const m = Math.floor(sec / 60);
  return m > 0 ? `${m} min ${Math.round(sec % 60)} s` : `${sec} s`;
}

export interface FactsProps {
  entry: LogEntry;
  zone: string;
  source: SourceInfo;
  /** Where "all logs of this customer" leads (see `customerLogsHref`), or null. */
  customerHref?: string | null;
}

/** Who, when, what came of it: the facts of a log, raw labels beside normalized ones. */
export function Facts({ entry, zone, source, customerHref = null }: FactsProps) {
  const phone = entry.customer.phone ?? entry.customer.phoneRaw;
  const rows: Array<[string, ReactNode]> = [
    ['Customer', entry.customer.name],
    [
      'Phone',
      phone ? (
        <>
          {formatPhone(phone, source.defaultCountry)}
          {customerHref ? (
            <>
              {' · '}
              <Link to={customerHref} className="text-teal-700 underline dark:text-teal-300">
                All logs of this customer
              </Link>
              {' · '}
              <Link
                to={customerTimelineHref(customerHref) ?? ''}
                className="text-teal-700 underline dark:text-teal-300"
              >
                Customer timeline
              </Link>
            </>
          ) : null}
        </>
      ) : null,
    ],
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
    ['Duration', duration(entry.durationSec)],
  ];
  return (
    <dl className="grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1 text-sm">
      {rows
        .filter(([, value]) => value !== null && value !== '')
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
            <dd dir="auto" className="min-w-0 break-words">
              {value}
            </dd>
          </div>
        ))}
    </dl>
  );
}
