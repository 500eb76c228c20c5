import type { Capabilities } from '../adapter.ts';
import { PAGE_SIZE, RATE_LIMIT } from './constants.ts';
import { EXTRA_FILTERS } from './extra-filters.ts';
import { KNOWN_OUTCOMES } from './outcomes.ts';

const single = { supported: true, multiple: false } as const;
const multiple = { supported: true, multiple: true } as const;

/** What `/call-log` can filter on: calls only; dispositions, lists and reps several at once. */
export const capabilities: Capabilities = {
  channels: ['call'],
  filters: {
    channel: single,
    status: single,
    disposition: multiple,
    campaign: multiple,
    agent: multiple,
    phone: single,
    from: single,
    q: single,
    since: single,
    until: single,
    sort: single,
  },
  pageSizes: [PAGE_SIZE],
  rateLimit: RATE_LIMIT,
  sortFields: ['time', 'duration'],
  extraFilters: EXTRA_FILTERS,
  knownValues: {
    channel: [{ value: 'call', label: 'Call' }],
    status: KNOWN_OUTCOMES,
  },
};
