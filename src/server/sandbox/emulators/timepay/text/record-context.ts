import { DAY_MS } from '../../../zoned-time.ts';
import {
  at,
  cumulative,
  intBetween,
  mulberry32,
  pick,
  pickWeighted,
  randomDigits,
  randomLetters,
} from '../../../prng.ts';
import type { Campaign } from '../data/catalog.ts';
import type { Disposition } from '../data/dispositions.ts';
import type { TimepayDataset } from '../data/dataset.ts';
import { NONE } from '../data/dataset.ts';
import { BOT_PERSONAS } from '../data/names.ts';

export type Language = 'hi' | 'en' | 'hinglish';
const LANGUAGES: readonly Language[] = ['hi', 'en', 'hinglish'];

export const PAYMENT_MODES = ['UPI', 'NetBanking', 'Debit Card', 'Cash at branch'] as const;
export const DELAY_REASONS = [
  'salary delayed',
  'medical emergency at home',
  'business slowdown',
  'was travelling',
] as const;
export const DISPUTE_REASONS = [
  'amount already debited twice',
  'foreclosure was requested last month',
  'late fee charged wrongly',
  'loan not taken by me',
] as const;
export const REGIONAL_LANGUAGES = [
  'Tamil',
  'Telugu',
  'Kannada',
  'Bengali',
  'Malayalam',
  'Marathi',
  'Odia',
] as const;
export const CITIES = [
  'Indore',
  'Nagpur',
  'Lucknow',
  'Jaipur',
  'Surat',
  'Coimbatore',
  'Bhopal',
  'Patna',
  'Vadodara',
  'Nashik',
  'Ranchi',
  'Mysuru',
] as const;
export const EMPLOYMENT = ['salaried', 'self-employed', 'business owner'] as const;

/**
 * Everything the texts of one record agree on (amounts, dates, language, reasons), drawn from its
 * own seed so summary, extracted data, transcript and recording tell the same story.
 */
export interface RecordContext {
  index: number;
  campaign: Campaign;
  disposition: Disposition | null;
  language: Language;
  customerName: string;
  firstName: string;
  female: boolean;
  loanId: string;
  phone: string;
  bot: string;
  amountDue: number;
  dueMs: number;
  promiseMs: number;
  callbackMs: number;
  paymentMode: (typeof PAYMENT_MODES)[number];
  reason: number;
  disputeReason: number;
  regionalLanguage: string;
  lateFee: number;
  utr: string;
  loanAmount: number;
  monthlyIncome: number;
  city: string;
  employment: string;
  startMs: number;
  durationSec: number;
  /** Days past due at the time of contact (negative: before the due date). */
  dpd: number;
  /** Short-link code in payment and offer links. */
  linkCode: string;
}

export function recordContext(ds: TimepayDataset, i: number): RecordContext {
  const rng = mulberry32(ds.recSeed[i] ?? 0);
  const campaign = at(ds.catalog.campaigns, ds.campaign[i] ?? 0);
  const d = ds.disposition[i] ?? NONE;
  const customer = ds.customer[i] ?? 0;
  const customerName = at(ds.customers.names, customer);
  const startMs = ds.startMs[i] ?? 0;
  const dpd = intBetween(rng, campaign.dpd[0], campaign.dpd[1]);
  const amountDue = Math.round((1500 + 48_000 * rng() ** 2) / 50) * 50;
  return {
    index: i,
    campaign,
    disposition: d === NONE ? null : at(ds.catalog.dispositions, d),
    language: at(LANGUAGES, pickWeighted(rng, cumulative(campaign.languages))),
    customerName,
    firstName: /[a-z]/i.test(customerName) ? (customerName.split(' ')[0] ?? customerName) : customerName,
    female: ds.customers.female[customer] === 1,
    loanId: at(campaign.kind === 'collection' ? ds.customers.loanIds : ds.customers.leadIds, customer),
    phone: at(ds.customers.phones, customer),
    bot: pick(rng, BOT_PERSONAS),
    amountDue,
    dueMs: startMs - dpd * DAY_MS,
    promiseMs: startMs + intBetween(rng, 1, 7) * DAY_MS,
    callbackMs: startMs + intBetween(rng, 1, 3) * DAY_MS,
    // Paying during the call cannot be cash at a branch.
    paymentMode: paymentMode(
      pick(rng, PAYMENT_MODES),
      d === NONE ? '' : at(ds.catalog.dispositions, d).value,
    ),
    reason: Math.floor(rng() * DELAY_REASONS.length),
    disputeReason: Math.floor(rng() * DISPUTE_REASONS.length),
    regionalLanguage: pick(rng, REGIONAL_LANGUAGES),
    lateFee: pick(rng, [250, 350, 500, 590]),
    utr: `UTR${randomDigits(rng, 12)}`,
    loanAmount: intBetween(rng, 1, 40) * 25_000,
    monthlyIncome: intBetween(rng, 18, 150) * 1000,
    city: pick(rng, CITIES),
    employment: pick(rng, EMPLOYMENT),
    startMs,
    durationSec: ds.duration[i] ?? 0,
    dpd,
    linkCode: randomLetters(rng, 8),
  };
}

/** ₹ with Indian digit grouping: ₹1,25,000. */
export function rupees(amount: number): string {
  const s = String(Math.round(amount));
  if (s.length <= 3) return `₹${s}`;
  const last3 = s.slice(-3);
  const rest = s.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
  return `₹${rest},${last3}`;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_HI = [
  'जनवरी',
  'फ़रवरी',
  'मार्च',
  'अप्रैल',
  'मई',
  'जून',
  'जुलाई',
  'अगस्त',
  'सितंबर',
  'अक्टूबर',
  'नवंबर',
  'दिसंबर',
];

/** "17 January" (English and Hinglish) or "17 जनवरी" (Hindi), in Indian local time. */
export function spokenDate(ms: number, language: Language): string {
  const d = new Date(ms + 19_800_000);
  const months = language === 'hi' ? MONTHS_HI : MONTHS_EN;
  return `${d.getUTCDate()} ${months[d.getUTCMonth()] ?? ''}`;
}

function paymentMode(
  mode: (typeof PAYMENT_MODES)[number],
  disposition: string,
): (typeof PAYMENT_MODES)[number] {
  return disposition === 'payment_done' && mode === 'Cash at branch' ? 'UPI' : mode;
}
