import type { LogStatus, Outcome } from '../../logs/log-entry.ts';

/**
 * The one mapping from Convoso status codes to normalized status and outcome. Convoso names its codes in
 * PROVIDERS.md (HU, NA, AA, CALLHU, B, DROP, XFER) and the seed (HU "Hang Up"); the rest are the
 * system statuses of the VICIdial-style dialers Convoso descends from, with the names its
 * `/status/search` shows. UNCONFIRMED per row where `source` says so. Accounts add custom codes:
 * anything not here maps to 'unknown' and the raw code is kept (the picker still lists it by name).
 */
interface StatusRow {
  code: string;
  name: string;
  status: LogStatus;
  outcome: Outcome;
  /** `live-rows`: real rows in `zhuohaoyang-dot/convoso_agent` (PROVIDERS.md, live section). */
  source: 'seed' | 'providers-md' | 'dialer-system-status' | 'live-rows';
}

export const STATUS_TABLE: readonly StatusRow[] = [
  // A person was on the line.
  { code: 'HU', name: 'Hang Up', status: 'completed', outcome: 'answered', source: 'seed' },
  {
    code: 'XFER',
    name: 'Call Transferred',
    status: 'completed',
    outcome: 'answered',
    source: 'providers-md',
  },
  {
    code: 'SALE',
    name: 'Sale Made',
    status: 'completed',
    outcome: 'answered',
    source: 'dialer-system-status',
  },
  {
    code: 'NI',
    name: 'Not Interested',
    status: 'completed',
    outcome: 'answered',
    source: 'dialer-system-status',
  },
  {
    code: 'NP',
    name: 'No Pitch No Price',
    status: 'completed',
    outcome: 'answered',
    source: 'dialer-system-status',
  },
  {
    code: 'CALLBK',
    name: 'Call Back',
    status: 'completed',
    outcome: 'answered',
    source: 'dialer-system-status',
  },
  {
    code: 'DNC',
    name: 'Do Not Call',
    status: 'completed',
    outcome: 'answered',
    source: 'dialer-system-status',
  },
  {
    code: 'WRONG',
    name: 'Wrong Number',
    status: 'completed',
    outcome: 'answered',
    source: 'dialer-system-status',
  },
  // Nobody answered.
  {
    code: 'NA',
    name: 'No Answer AutoDial',
    status: 'no_contact',
    outcome: 'no_answer',
    source: 'providers-md',
  },
  {
    code: 'N',
    name: 'No Answer',
    status: 'no_contact',
    outcome: 'no_answer',
    source: 'dialer-system-status',
  },
  // A machine answered.
  {
    code: 'A',
    name: 'Answering Machine',
    status: 'no_contact',
    outcome: 'voicemail',
    source: 'dialer-system-status',
  },
  {
    code: 'AA',
    name: 'Answering Machine Auto',
    status: 'no_contact',
    outcome: 'voicemail',
    source: 'providers-md',
  },
  {
    code: 'AL',
    name: 'Answering Machine Msg Played',
    status: 'no_contact',
    outcome: 'voicemail',
    source: 'dialer-system-status',
  },
  {
    code: 'AM',
    name: 'Answering Machine Sent to Mesg',
    status: 'no_contact',
    outcome: 'voicemail',
    source: 'dialer-system-status',
  },
  // Busy.
  { code: 'B', name: 'Busy', status: 'no_contact', outcome: 'busy', source: 'providers-md' },
  { code: 'AB', name: 'Busy Auto', status: 'no_contact', outcome: 'busy', source: 'dialer-system-status' },
  // The call was given up before a conversation: by the caller, or for want of an agent.
  {
    code: 'CALLHU',
    name: 'Caller Hung Up',
    status: 'no_contact',
    outcome: 'cancelled',
    source: 'providers-md',
  },
  {
    code: 'DROP',
    name: 'Agent Not Available In Campaign',
    status: 'no_contact',
    outcome: 'cancelled',
    source: 'providers-md',
  },
  {
    code: 'XDROP',
    name: 'Agent Not Available IN',
    status: 'no_contact',
    outcome: 'cancelled',
    source: 'dialer-system-status',
  },
  {
    code: 'AFTHRS',
    name: 'Inbound After Hours Drop',
    status: 'no_contact',
    outcome: 'cancelled',
    source: 'dialer-system-status',
  },
  // The call could not be made.
  {
    code: 'DC',
    name: 'Disconnected Number',
    status: 'failed',
    outcome: 'failed',
    source: 'dialer-system-status',
  },
  {
    code: 'ADC',
    name: 'Disconnected Number Auto',
    status: 'failed',
    outcome: 'failed',
    source: 'dialer-system-status',
  },
  {
    code: 'AFAX',
    name: 'Fax Machine Auto',
    status: 'failed',
    outcome: 'failed',
    source: 'dialer-system-status',
  },
  {
    code: 'PDROP',
    name: 'Outbound Pre-Routing Drop',
    status: 'failed',
    outcome: 'failed',
    source: 'dialer-system-status',
  },
  { code: 'ERI', name: 'Agent Lost Connection', status: 'failed', outcome: 'failed', source: 'live-rows' },
  // The most common status in real rows (53 of 82): the lead was never dialled through.
  { code: 'NOCONT', name: 'Not Contacted', status: 'no_contact', outcome: 'no_answer', source: 'live-rows' },
  { code: 'CG', name: 'Congestion', status: 'failed', outcome: 'failed', source: 'live-rows' },
  // Not finished.
  {
    code: 'INCALL',
    name: 'Lead Being Called',
    status: 'in_progress',
    outcome: 'unknown',
    source: 'dialer-system-status',
  },
  {
    code: 'QUEUE',
    name: 'Lead To Be Called',
    status: 'pending',
    outcome: 'unknown',
    source: 'dialer-system-status',
  },
  { code: 'NEW', name: 'New Lead', status: 'pending', outcome: 'unknown', source: 'dialer-system-status' },
];

const UNKNOWN: { status: LogStatus; outcome: Outcome } = { status: 'unknown', outcome: 'unknown' };
const byCode: ReadonlyMap<string, StatusRow> = new Map(STATUS_TABLE.map((r) => [r.code, r]));

/** Codes are upper-case; a lower-case or padded code still finds its row. Unknown → 'unknown'. */
export function mapStatus(code: string | null): { status: LogStatus; outcome: Outcome } {
  if (code === null) return UNKNOWN;
  return byCode.get(code) ?? byCode.get(code.trim().toUpperCase()) ?? UNKNOWN;
}

/** Documented codes for the status picker before `/status/search` answers. */
export const KNOWN_STATUSES = STATUS_TABLE.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }));
