import type { Capabilities } from '../adapter.ts';
import { DOCUMENTED_STATUSES, PAGE_SIZE, RATE_LIMIT } from './constants.ts';
import { extraFilters } from './extra-filters.ts';

const single = { supported: true, multiple: false } as const;

/**
 * What `/call-logs/` can filter on: one status, a time range (the server compares days; rows are cut to
 * the exact range on our side), call type, number prefixes and a longest duration (x.*), sorted by start.
 */
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
    phone: {
      supported: false,
      reason:
        'unpod filters by number prefix per side: use "Source number begins" or "Destination number begins"',
    },
    from: {
      supported: false,
      reason:
        'unpod filters by number prefix per side: use "Source number begins" or "Destination number begins"',
    },
    q: { supported: false, reason: 'unpod has no free-text search' },
    sort: single,
  },
  pageSizes: [PAGE_SIZE],
  rateLimit: RATE_LIMIT,
  sortFields: ['time'],
  extraFilters,
  knownValues: {
    channel: [{ value: 'call', label: 'Call' }],
    status: DOCUMENTED_STATUSES.map((value) => ({ value, label: value })),
  },
};
