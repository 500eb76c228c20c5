/** The shape of a call script in one language, and the lines several languages share. */
import type { Topic } from '../data/campaigns.ts';

export type Speaker = 'HUMAN' | 'BOT';
export type Turn = readonly [Speaker, string];

/** The words a script needs, already in the script's language. */
export interface TextVars {
  name: string;
  bot: string;
  amount: string;
  due: string;
  /** "is due on"/"was due on" or its Hindi/Hinglish form, agreeing with the date. */
  overdue: boolean;
  promise: string;
  callback: string;
  mode: string;
  reason: string;
  dispute: string;
  product: string;
  loanAmount: string;
  income: string;
  city: string;
  employment: string;
  regional: string;
  lateFee: string;
  loanId: string;
  utr: string;
  last4: string;
  /** Picks the masculine or feminine verb form for the customer. */
  g(masculine: string, feminine: string): string;
}

export interface Script {
  reasons: readonly string[];
  disputes: readonly string[];
  products: Readonly<Record<Topic, string>>;
  employment: Readonly<Record<string, string>>;
  modes: Readonly<Record<string, string>>;
  greeting(v: TextVars): Turn;
  confirm(v: TextVars): Turn;
  inbound(v: TextVars, lead: boolean): Turn[];
  purpose(v: TextVars, topic: Topic): Turn;
  outcome(v: TextVars, disposition: string, lead: boolean): Turn[];
  fillers(v: TextVars, lead: boolean): Turn[][];
  closing(v: TextVars): Turn[];
  voicemail(v: TextVars, lead: boolean): Turn[];
}

export const LEAD_PRODUCTS_EN = {
  emi: 'loan',
  kyc: 'loan',
  personal_loan: 'personal loan',
  credit_card: 'pre-approved credit card',
  gold_loan: 'gold loan top-up',
  two_wheeler: 'two-wheeler loan',
} as const;
export const SYSTEM_VOICEMAIL_EN: Turn = [
  'HUMAN',
  'The person you are calling is not available. Please record your message after the tone.',
];
export const BARRIER = (v: TextVars): Turn => [
  'HUMAN',
  `Sorry... ${v.regional}... ${v.regional} only, please.`,
];
