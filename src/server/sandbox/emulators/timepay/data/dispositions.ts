import type { CampaignKind } from './campaigns.ts';

/** How a call with this disposition went, which fixes its status, duration and recording. */
export type Contact = 'connected' | 'voicemail' | 'none' | 'failed';

export interface Disposition {
  id: string;
  label: string;
  /** The snake_case value the detail endpoint shows. */
  value: string;
  description: string;
  priority: number;
  contact: Contact;
  /** Relative frequency among calls of collection and of lead-generation campaigns. */
  weights: Readonly<Record<CampaignKind, number>>;
}

export const DISPOSITION_DEFS: ReadonlyArray<Omit<Disposition, 'id' | 'value'>> = [
  {
    label: 'Promise to Pay',
    description: 'Customer committed to pay on a specific date',
    priority: 1,
    contact: 'connected',
    weights: { collection: 15, lead_generation: 0 },
  },
  {
    label: 'Payment Done',
    description: 'Customer paid during or right after the call',
    priority: 2,
    contact: 'connected',
    weights: { collection: 3, lead_generation: 0 },
  },
  {
    label: 'Already Paid',
    description: 'Customer says the dues are already cleared',
    priority: 3,
    contact: 'connected',
    weights: { collection: 5, lead_generation: 0 },
  },
  {
    label: 'Interested',
    description: 'Lead wants the offer; hand over to sales',
    priority: 4,
    contact: 'connected',
    weights: { collection: 0, lead_generation: 14 },
  },
  {
    label: 'Call Back Later',
    description: 'Customer asked to be called at another time',
    priority: 5,
    contact: 'connected',
    weights: { collection: 10, lead_generation: 10 },
  },
  {
    label: 'Dispute',
    description: 'Customer disputes the amount or the loan',
    priority: 6,
    contact: 'connected',
    weights: { collection: 3, lead_generation: 0 },
  },
  {
    label: 'Not Interested',
    description: 'Customer refused to engage',
    priority: 7,
    contact: 'connected',
    weights: { collection: 6, lead_generation: 18 },
  },
  {
    label: 'Wrong Number',
    description: 'The person reached is not the customer',
    priority: 8,
    contact: 'connected',
    weights: { collection: 4, lead_generation: 4 },
  },
  {
    label: 'Language Barrier',
    description: 'Customer could not converse in the campaign language',
    priority: 9,
    contact: 'connected',
    weights: { collection: 2, lead_generation: 3 },
  },
  {
    label: 'Voicemail',
    description: 'Call reached voicemail; a message was left',
    priority: 10,
    contact: 'voicemail',
    weights: { collection: 10, lead_generation: 10 },
  },
  {
    label: 'No Answer',
    description: 'Phone rang out without an answer',
    priority: 11,
    contact: 'none',
    weights: { collection: 22, lead_generation: 25 },
  },
  {
    label: 'Busy',
    description: 'Line busy or call rejected',
    priority: 12,
    contact: 'none',
    weights: { collection: 6, lead_generation: 6 },
  },
  {
    label: 'Switched Off',
    description: 'Phone switched off or not reachable',
    priority: 13,
    contact: 'none',
    weights: { collection: 7, lead_generation: 7 },
  },
  {
    label: 'Call Failed',
    description: 'Telephony or network failure before the call connected',
    priority: 14,
    contact: 'failed',
    weights: { collection: 3, lead_generation: 3 },
  },
];
