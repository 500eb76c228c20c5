import { DAY_MS } from '../../ist-time.ts';
import { hash32, mulberry32, randomLetters } from '../../prng.ts';

/** Record types in the order of their numeric codes in the data set. */
export const TYPES = ['call', 'whatsapp', 'sms'] as const;
export type LogType = (typeof TYPES)[number];
export const CALL = 0;
export const WHATSAPP = 1;
export const SMS = 2;

/** `status` labels; calls use the first three, messages the others (and Failed). */
export const STATUSES = ['Completed', 'No Contact', 'Failed', 'Accepted', 'Delivered', 'Read'] as const;
export const COMPLETED = 0;
export const NO_CONTACT = 1;
export const FAILED = 2;
export const ACCEPTED = 3;
export const DELIVERED = 4;
export const READ = 5;

export type CampaignKind = 'collection' | 'lead_generation';
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
  weights: { collection: number; lead_generation: number };
}

const DISPOSITION_DEFS: ReadonlyArray<Omit<Disposition, 'id' | 'value'>> = [
  { label: 'Promise to Pay', description: 'Customer committed to pay on a specific date', priority: 1, contact: 'connected', weights: { collection: 15, lead_generation: 0 } },
  { label: 'Payment Done', description: 'Customer paid during or right after the call', priority: 2, contact: 'connected', weights: { collection: 3, lead_generation: 0 } },
  { label: 'Already Paid', description: 'Customer says the dues are already cleared', priority: 3, contact: 'connected', weights: { collection: 5, lead_generation: 0 } },
  { label: 'Interested', description: 'Lead wants the offer; hand over to sales', priority: 4, contact: 'connected', weights: { collection: 0, lead_generation: 14 } },
  { label: 'Call Back Later', description: 'Customer asked to be called at another time', priority: 5, contact: 'connected', weights: { collection: 10, lead_generation: 10 } },
  { label: 'Dispute', description: 'Customer disputes the amount or the loan', priority: 6, contact: 'connected', weights: { collection: 3, lead_generation: 0 } },
  { label: 'Not Interested', description: 'Customer refused to engage', priority: 7, contact: 'connected', weights: { collection: 6, lead_generation: 18 } },
  { label: 'Wrong Number', description: 'The person reached is not the customer', priority: 8, contact: 'connected', weights: { collection: 4, lead_generation: 4 } },
  { label: 'Language Barrier', description: 'Customer could not converse in the campaign language', priority: 9, contact: 'connected', weights: { collection: 2, lead_generation: 3 } },
  { label: 'Voicemail', description: 'Call reached voicemail; a message was left', priority: 10, contact: 'voicemail', weights: { collection: 10, lead_generation: 10 } },
  { label: 'No Answer', description: 'Phone rang out without an answer', priority: 11, contact: 'none', weights: { collection: 22, lead_generation: 25 } },
  { label: 'Busy', description: 'Line busy or call rejected', priority: 12, contact: 'none', weights: { collection: 6, lead_generation: 6 } },
  { label: 'Switched Off', description: 'Phone switched off or not reachable', priority: 13, contact: 'none', weights: { collection: 7, lead_generation: 7 } },
  { label: 'Call Failed', description: 'Telephony or network failure before the call connected', priority: 14, contact: 'failed', weights: { collection: 3, lead_generation: 3 } },
];

export interface CampaignDef {
  name: string;
  kind: CampaignKind;
  /** Record types this campaign produces (codes of TYPES). */
  types: readonly number[];
  /** Share of all traffic. */
  volume: number;
  /** Weights of Hindi, English, Hinglish. */
  languages: readonly [number, number, number];
  status: 'active' | 'paused' | 'completed';
  createdDaysAgo: number;
  /** Share of its calls that are inbound (customers calling back). */
  inbound: number;
  /** What the conversation is about (drives transcripts and messages). */
  topic: Topic;
  /** Days past due of the customers it reaches (negative: before the due date). */
  dpd: readonly [number, number];
}

export type Topic = 'emi' | 'kyc' | 'personal_loan' | 'credit_card' | 'gold_loan' | 'two_wheeler';

const CAMPAIGN_DEFS: readonly CampaignDef[] = [
  { name: 'EMI Pre-Due Reminder (T-3)', kind: 'collection', types: [CALL, WHATSAPP, SMS], volume: 14, languages: [5, 2, 3], status: 'active', createdDaysAgo: 200, inbound: 0.03, topic: 'emi', dpd: [-3, -3] },
  { name: 'EMI Due-Date Reminder', kind: 'collection', types: [CALL, WHATSAPP], volume: 12, languages: [5, 2, 3], status: 'active', createdDaysAgo: 180, inbound: 0.04, topic: 'emi', dpd: [0, 0] },
  { name: 'Bucket 1 Collections (1–30 DPD)', kind: 'collection', types: [CALL, WHATSAPP], volume: 16, languages: [4, 2, 4], status: 'active', createdDaysAgo: 150, inbound: 0.06, topic: 'emi', dpd: [1, 30] },
  { name: 'Bucket 2 Collections (31–60 DPD)', kind: 'collection', types: [CALL, WHATSAPP, SMS], volume: 11, languages: [4, 2, 4], status: 'active', createdDaysAgo: 140, inbound: 0.07, topic: 'emi', dpd: [31, 60] },
  { name: 'Bucket 3 Recovery (61–90 DPD)', kind: 'collection', types: [CALL], volume: 6, languages: [5, 1, 4], status: 'active', createdDaysAgo: 120, inbound: 0.08, topic: 'emi', dpd: [61, 90] },
  { name: 'Soft Reminder – WhatsApp Only', kind: 'collection', types: [WHATSAPP], volume: 9, languages: [6, 3, 1], status: 'active', createdDaysAgo: 110, inbound: 0, topic: 'emi', dpd: [1, 15] },
  { name: 'Payment Link Follow-up', kind: 'collection', types: [SMS, WHATSAPP], volume: 4, languages: [3, 5, 2], status: 'active', createdDaysAgo: 95, inbound: 0, topic: 'emi', dpd: [1, 45] },
  { name: 'KYC Re-verification Follow-up', kind: 'collection', types: [CALL, WHATSAPP], volume: 5, languages: [3, 4, 3], status: 'paused', createdDaysAgo: 100, inbound: 0.02, topic: 'kyc', dpd: [0, 10] },
  { name: 'Personal Loan Lead Gen – Tier 2 Cities', kind: 'lead_generation', types: [CALL, WHATSAPP], volume: 10, languages: [4, 3, 3], status: 'active', createdDaysAgo: 130, inbound: 0.03, topic: 'personal_loan', dpd: [0, 0] },
  { name: 'Pre-approved Credit Card Leads', kind: 'lead_generation', types: [CALL, SMS], volume: 6, languages: [2, 5, 3], status: 'active', createdDaysAgo: 90, inbound: 0.02, topic: 'credit_card', dpd: [0, 0] },
  { name: 'Gold Loan Top-up Offers', kind: 'lead_generation', types: [CALL, WHATSAPP], volume: 4, languages: [4, 2, 4], status: 'completed', createdDaysAgo: 170, inbound: 0.03, topic: 'gold_loan', dpd: [0, 0] },
  { name: 'Two-Wheeler Loan Enquiries', kind: 'lead_generation', types: [CALL], volume: 3, languages: [4, 3, 3], status: 'active', createdDaysAgo: 60, inbound: 0.35, topic: 'two_wheeler', dpd: [0, 0] },
];

export interface Campaign extends CampaignDef {
  id: string;
  createdAtMs: number;
  updatedAtMs: number;
  agents: readonly number[];
  /** Business number it calls from, mostly. */
  number: number;
}

export interface Agent {
  id: string;
  name: string;
}

const AGENT_NAMES = ['Priya – Collections Hindi', 'Ananya – Collections English', 'Riya – Bucket 2', 'Neha – Recovery', 'Kavya – Lead Qualifier', 'Arjun – Inbound Desk', 'Meera – KYC', 'Dev – Cross-sell'];

/** timepay's business numbers (E.164); index 1 is also the WhatsApp sender. */
export const BUSINESS_NUMBERS = ['+918035450808', '+918035450812', '+918069178420', '+912262345678', '+911141172390', '+918047361155'] as const;
export const WHATSAPP_NUMBER = 1;

export interface Catalog {
  campaigns: readonly Campaign[];
  agents: readonly Agent[];
  dispositions: readonly Disposition[];
  campaignById: ReadonlyMap<string, number>;
  agentById: ReadonlyMap<string, number>;
  dispositionByLabel: ReadonlyMap<string, number>;
}

export function snakeCase(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

/** Campaigns, agents and dispositions with ids drawn from the seed (so they are stable per seed). */
export function buildCatalog(seed: number, nowMs: number): Catalog {
  const rng = mulberry32(hash32(seed, 0xca7a));
  const agents = AGENT_NAMES.map((name) => ({ id: randomLetters(rng, 20), name }));
  const dispositions = DISPOSITION_DEFS.map((d) => ({ ...d, id: randomLetters(rng, 15 + Math.floor(rng() * 6)), value: snakeCase(d.label) }));
  const campaigns = CAMPAIGN_DEFS.map((def, i) => {
    const createdAtMs = nowMs - def.createdDaysAgo * DAY_MS - Math.floor(rng() * DAY_MS);
    const first = i % agents.length;
    return {
      ...def,
      id: randomLetters(rng, 20),
      createdAtMs,
      updatedAtMs: Math.min(nowMs, createdAtMs + Math.floor(rng() * def.createdDaysAgo) * DAY_MS),
      agents: rng() < 0.5 ? [first] : [first, (first + 3) % agents.length],
      number: i % BUSINESS_NUMBERS.length,
    };
  });
  return {
    campaigns,
    agents,
    dispositions,
    campaignById: new Map(campaigns.map((c, i) => [c.id, i])),
    agentById: new Map(agents.map((a, i) => [a.id, i])),
    dispositionByLabel: new Map(dispositions.map((d, i) => [d.label, i])),
  };
}
