import type { Capabilities, ExtraFilter } from '../adapter.ts';
import { EXTRA_CALL_TYPES, PAGE_SIZE, RATE_LIMIT } from './constants.ts';
import { KNOWN_STATUSES } from './outcomes.ts';

const single = { supported: true, multiple: false } as const;

/** An id as Convoso takes it: one token, no spaces. */
function validId(value: string): string | null {
  const v = value.trim();
  if (v === '') return 'empty';
  return /^[\w.-]{1,64}$/.test(v) ? null : `'${v.slice(0, 40)}' is not an id`;
}

function validName(value: string): string | null {
  const v = value.trim();
  if (v === '') return 'empty';
  return v.length <= 100 ? null : 'longer than 100 characters';
}

function validDigits(value: string): string | null {
  return /\d/.test(value) ? null : `'${value.slice(0, 40)}' has no digits to search by`;
}

function validCount(value: string): string | null {
  return /^\s*\d{1,6}\s*$/.test(value) ? null : `'${value.slice(0, 40)}' is not a whole number`;
}

function validCallType(value: string): string | null {
  return /^\s*[A-Za-z0-9_-]{1,32}\s*$/.test(value) ? null : `'${value.slice(0, 40)}' is not a call type`;
}

const text = (
  name: string,
  label: string,
  validate: (v: string) => string | null,
  placeholder?: string,
): ExtraFilter => ({
  name,
  label,
  multiple: false,
  input: 'text',
  validate,
  ...(placeholder === undefined ? {} : { placeholder }),
});

/** Convoso's own `/log/retrieve` parameters that no common filter covers, by their own names. */
export const EXTRA_FILTERS: readonly ExtraFilter[] = [
  text('id', 'Call log ID', validId, 'e.g. 9999999999'),
  text('lead_id', 'Lead ID', validId),
  text('list_id', 'List ID', validId),
  text('queue_id', 'Queue ID', validId),
  text('number_dialed', 'Number dialed', validDigits, 'e.g. (605) 555-0142'),
  text('first_name', 'Lead first name', validName),
  text('last_name', 'Lead last name', validName),
  {
    name: 'call_type',
    label: 'Call type',
    multiple: false,
    input: 'select',
    values: ['INBOUND', 'OUTBOUND', ...EXTRA_CALL_TYPES].map((v) => ({
      value: v,
      label: v.charAt(0) + v.slice(1).toLowerCase(),
    })),
    validate: validCallType,
  },
  {
    name: 'called_count',
    label: 'Times lead called',
    multiple: false,
    input: 'number',
    validate: validCount,
  },
];

/** What `/log/retrieve` can filter on: one value per filter, sorted by call time either way. */
export const capabilities: Capabilities = {
  channels: ['call'],
  filters: {
    channel: single,
    status: single,
    disposition: { supported: false, reason: "Convoso's status is its disposition: use Status" },
    campaign: single,
    agent: single,
    phone: single,
    from: {
      supported: false,
      reason: 'Convoso cannot filter by the caller ID shown; use Number dialed for inbound calls',
    },
    since: single,
    until: single,
    q: { supported: false, reason: 'Convoso has no free-text search' },
    sort: single,
  },
  pageSizes: [PAGE_SIZE],
  rateLimit: RATE_LIMIT,
  sortFields: ['time'],
  extraFilters: EXTRA_FILTERS,
  knownValues: {
    channel: [{ value: 'call', label: 'Call' }],
    status: KNOWN_STATUSES,
  },
};
