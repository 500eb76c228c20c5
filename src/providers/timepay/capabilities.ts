import type { Capabilities } from '../adapter.ts';
import { PAGE_SIZE, RATE_LIMIT } from './constants.ts';
import { KNOWN_STATUS_LABELS } from './outcomes.ts';

const single = { supported: true, multiple: false } as const;

/** What `/logs` can filter on: every filter takes one value; no text search, no sort, 10 per page. */
export const capabilities: Capabilities = {
  channels: ['call', 'whatsapp', 'sms'],
  filters: {
    channel: single,
    status: single,
    disposition: single,
    campaign: single,
    agent: single,
    phone: single,
    from: single,
    since: single,
    until: single,
    q: { supported: false, reason: 'timepay has no free-text search' },
    sort: { supported: false, reason: 'timepay returns newest first only' },
  },
  pageSizes: [PAGE_SIZE],
  rateLimit: RATE_LIMIT,
  sortFields: [],
  extraFilters: [],
  knownValues: {
    channel: [
      { value: 'call', label: 'Call' },
      { value: 'whatsapp', label: 'WhatsApp' },
      { value: 'sms', label: 'SMS' },
    ],
    status: KNOWN_STATUS_LABELS.map((label) => ({ value: label, label })),
  },
};
