import type { Capabilities } from '../adapter.ts';
import { DOCUMENTED_STATUSES, PAGE_SIZE, RATE_LIMIT } from './constants.ts';
import { callTypeFilter } from './extra-filters.ts';

const single = { supported: true, multiple: false } as const;

/** What `/call-logs/` can filter on: one status, a date range and a call type (x.call_type); calls only. */
export const capabilities: Capabilities = {
  channels: ['call'],
  filters: {
    // Every unpod log is a call: a channel filter that includes calls needs nothing from unpod.
    channel: { supported: true, multiple: true },
    status: single,
    since: single,
    until: single,
    disposition: { supported: false, reason: 'unpod call logs have no disposition' },
    campaign: { supported: false, reason: 'unpod call logs cannot be filtered by campaign' },
    agent: { supported: false, reason: 'unpod call logs cannot be filtered by agent' },
    phone: { supported: false, reason: 'unpod call logs cannot be filtered by phone number' },
    from: { supported: false, reason: 'unpod call logs cannot be filtered by the business number' },
    q: { supported: false, reason: 'unpod has no free-text search' },
    sort: { supported: false, reason: 'unpod returns newest first only' },
  },
  pageSizes: [PAGE_SIZE],
  rateLimit: RATE_LIMIT,
  sortFields: [],
  extraFilters: [callTypeFilter],
  knownValues: {
    channel: [{ value: 'call', label: 'Call' }],
    status: DOCUMENTED_STATUSES.map((value) => ({ value, label: value })),
  },
};
