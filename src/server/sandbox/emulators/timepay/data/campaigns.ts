import { CALL, SMS, WHATSAPP } from './codes.ts';

export type CampaignKind = 'collection' | 'lead_generation';

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

export const CAMPAIGN_DEFS: readonly CampaignDef[] = [
  {
    name: 'EMI Pre-Due Reminder (T-3)',
    kind: 'collection',
    types: [CALL, WHATSAPP, SMS],
    volume: 14,
    languages: [5, 2, 3],
    status: 'active',
    createdDaysAgo: 200,
    inbound: 0.03,
    topic: 'emi',
    dpd: [-3, -3],
  },
  {
    name: 'EMI Due-Date Reminder',
    kind: 'collection',
    types: [CALL, WHATSAPP],
    volume: 12,
    languages: [5, 2, 3],
    status: 'active',
    createdDaysAgo: 180,
    inbound: 0.04,
    topic: 'emi',
    dpd: [0, 0],
  },
  {
    name: 'Bucket 1 Collections (1–30 DPD)',
    kind: 'collection',
    types: [CALL, WHATSAPP],
    volume: 16,
    languages: [4, 2, 4],
    status: 'active',
    createdDaysAgo: 150,
    inbound: 0.06,
    topic: 'emi',
    dpd: [1, 30],
  },
  {
    name: 'Bucket 2 Collections (31–60 DPD)',
    kind: 'collection',
    types: [CALL, WHATSAPP, SMS],
    volume: 11,
    languages: [4, 2, 4],
    status: 'active',
    createdDaysAgo: 140,
    inbound: 0.07,
    topic: 'emi',
    dpd: [31, 60],
  },
  {
    name: 'Bucket 3 Recovery (61–90 DPD)',
    kind: 'collection',
    types: [CALL],
    volume: 6,
    languages: [5, 1, 4],
    status: 'active',
    createdDaysAgo: 120,
    inbound: 0.08,
    topic: 'emi',
    dpd: [61, 90],
  },
  {
    name: 'Soft Reminder – WhatsApp Only',
    kind: 'collection',
    types: [WHATSAPP],
    volume: 9,
    languages: [6, 3, 1],
    status: 'active',
    createdDaysAgo: 110,
    inbound: 0,
    topic: 'emi',
    dpd: [1, 15],
  },
  {
    name: 'Payment Link Follow-up',
    kind: 'collection',
    types: [SMS, WHATSAPP],
    volume: 4,
    languages: [3, 5, 2],
    status: 'active',
    createdDaysAgo: 95,
    inbound: 0,
    topic: 'emi',
    dpd: [1, 45],
  },
  {
    name: 'KYC Re-verification Follow-up',
    kind: 'collection',
    types: [CALL, WHATSAPP],
    volume: 5,
    languages: [3, 4, 3],
    status: 'paused',
    createdDaysAgo: 100,
    inbound: 0.02,
    topic: 'kyc',
    dpd: [0, 10],
  },
  {
    name: 'Personal Loan Lead Gen – Tier 2 Cities',
    kind: 'lead_generation',
    types: [CALL, WHATSAPP],
    volume: 10,
    languages: [4, 3, 3],
    status: 'active',
    createdDaysAgo: 130,
    inbound: 0.03,
    topic: 'personal_loan',
    dpd: [0, 0],
  },
  {
    name: 'Pre-approved Credit Card Leads',
    kind: 'lead_generation',
    types: [CALL, SMS],
    volume: 6,
    languages: [2, 5, 3],
    status: 'active',
    createdDaysAgo: 90,
    inbound: 0.02,
    topic: 'credit_card',
    dpd: [0, 0],
  },
  {
    name: 'Gold Loan Top-up Offers',
    kind: 'lead_generation',
    types: [CALL, WHATSAPP],
    volume: 4,
    languages: [4, 2, 4],
    status: 'completed',
    createdDaysAgo: 170,
    inbound: 0.03,
    topic: 'gold_loan',
    dpd: [0, 0],
  },
  {
    name: 'Two-Wheeler Loan Enquiries',
    kind: 'lead_generation',
    types: [CALL],
    volume: 3,
    languages: [4, 3, 3],
    status: 'active',
    createdDaysAgo: 60,
    inbound: 0.35,
    topic: 'two_wheeler',
    dpd: [0, 0],
  },
];
