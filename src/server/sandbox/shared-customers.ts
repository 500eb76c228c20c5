import { hash32, mulberry32 } from './prng.ts';

/**
 * A small pool of customers that the emulators' data sets share (~2% of each one's records), so one
 * phone number has logs in several sandbox sources: what the customer timeline joins through E.164.
 * Fixed for every seed: the pool is part of the sandbox's design, not of its random data.
 */
export interface SharedCustomer {
  first: string;
  last: string;
  country: 'IN' | 'US';
  /** `+91` + 10 digits starting 6–9 (an Indian mobile), or `+1` + a US number (area codes 2xx–5xx). */
  e164: string;
  /** The national digits (timepay's and Convoso's own format). */
  national: string;
  female: boolean;
}

export const SHARED_CUSTOMER_COUNT = 40;
/** Out of 10,000 records, how many draw their customer from the pool (2%). */
const SHARE_PER_10K = 200;

/** First names (with whose voice) and last names per country; member j of a country is FIRST[j % 8] LAST[j / 4]. */
const FIRST = {
  IN: [
    ['Aarav', false],
    ['Meera', true],
    ['Rohan', false],
    ['Ishita', true],
    ['Vikram', false],
    ['Nisha', true],
    ['Karan', false],
    ['Leela', true],
  ],
  US: [
    ['Dana', true],
    ['Marcus', false],
    ['Elena', true],
    ['Tom', false],
    ['Grace', true],
    ['Luis', false],
    ['Hannah', true],
    ['Omar', false],
  ],
} as const;
const LAST = {
  IN: ['Menon', 'Kapoor', 'Iyer', 'Bose', 'Chatterjee'],
  US: ['Whitfield', 'Okafor', 'Duarte', 'Brennan', 'Lindqvist'],
} as const;
// Area codes that start 2–5: a US number's national digits can then never equal an Indian mobile's (6–9).
const US_AREAS = ['212', '213', '305', '312', '404', '415', '512', '206'] as const;

function buildPool(): SharedCustomer[] {
  const rng = mulberry32(0x5ba7ed);
  const seen = new Set<string>();
  const out: SharedCustomer[] = [];
  while (out.length < SHARED_CUSTOMER_COUNT) {
    const k = out.length;
    const country = k % 2 === 0 ? 'IN' : 'US';
    const national =
      country === 'IN'
        ? `${6 + Math.floor(rng() * 4)}${String(Math.floor(rng() * 1e9)).padStart(9, '0')}`
        : `${US_AREAS[Math.floor(rng() * US_AREAS.length)]}${2 + Math.floor(rng() * 8)}${String(Math.floor(rng() * 1e6)).padStart(6, '0')}`;
    if (seen.has(national)) continue;
    seen.add(national);
    const j = Math.floor(k / 2);
    const [first, female] = FIRST[country][j % 8] ?? FIRST[country][0];
    const last = LAST[country][Math.floor(j / 4) % 5] ?? LAST[country][0];
    out.push({
      first,
      last,
      country,
      e164: `${country === 'IN' ? '+91' : '+1'}${national}`,
      national,
      female,
    });
  }
  return out;
}

export const SHARED_CUSTOMERS: readonly SharedCustomer[] = buildPool();

/** The pool members an emulator draws from: those whose number its data set can hold. */
export function sharedCustomersFor(countries: ReadonlyArray<SharedCustomer['country']>): SharedCustomer[] {
  return SHARED_CUSTOMERS.filter((c) => countries.includes(c.country));
}

/**
 * Which of `members` pool customers record `index` of a data set is about, or -1 for one of the set's
 * own customers. A hash per record (no draw from the generator's stream), so the rest of the data set
 * is unchanged.
 */
export function sharedCustomerOf(seed: number, salt: number, index: number, members: number): number {
  const h = hash32(hash32(seed, salt), index);
  return h % 10_000 < SHARE_PER_10K ? (h >>> 16) % members : -1;
}

/**
 * A phone with logs in every phone-filterable sandbox source (timepay, Salesfinity and Convoso), in
 * E.164: for tests and demos of the customer timeline.
 */
export function sharedPhoneAcrossSources(): string {
  return sharedCustomersFor(['US'])[0]?.e164 ?? '';
}
