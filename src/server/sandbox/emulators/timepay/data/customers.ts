import { hash32, intBetween, mulberry32, pick } from '../../../prng.ts';
import { SHARED_CUSTOMERS } from '../../../shared-customers.ts';
import {
  DEVANAGARI_FEMALE,
  DEVANAGARI_NAMES,
  FEMALE_FIRST_NAMES,
  LAST_NAMES,
  MALE_FIRST_NAMES,
} from './names.ts';

/** The people campaigns reach; each appears in several logs, across channels. */
export interface Customers {
  /** The data set's own customers; the shared pool follows them (indices `count ..`). */
  count: number;
  names: readonly string[];
  /** 10 national digits, as timepay's `to` shows them. */
  phones: readonly string[];
  loanIds: readonly string[];
  leadIds: readonly string[];
  female: Uint8Array;
  byPhone: ReadonlyMap<string, number>;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function buildCustomers(seed: number, count: number): Customers {
  const rng = mulberry32(hash32(seed, 0xc057));
  const names: string[] = [];
  const phones: string[] = [];
  const loanIds: string[] = [];
  const leadIds: string[] = [];
  const female = new Uint8Array(count);
  const byPhone = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const r = rng();
    const isFemale = rng() < 0.42;
    let name: string;
    if (r < 0.015) {
      name = pick(rng, DEVANAGARI_NAMES);
      female[i] = DEVANAGARI_FEMALE.has(name) ? 1 : 0;
    } else {
      const first = isFemale ? pick(rng, FEMALE_FIRST_NAMES) : pick(rng, MALE_FIRST_NAMES);
      // A few uploads carry a first name only.
      name = r < 0.045 ? first : `${first} ${pick(rng, LAST_NAMES)}`;
      female[i] = isFemale ? 1 : 0;
    }
    let phone: string;
    do phone = String(intBetween(rng, 6, 9)) + digits(rng, 9);
    while (byPhone.has(phone));
    byPhone.set(phone, i);
    names.push(name);
    phones.push(phone);
    const prefix =
      UPPER.charAt(Math.floor(rng() * 26)) +
      UPPER.charAt(Math.floor(rng() * 26)) +
      UPPER.charAt(Math.floor(rng() * 26));
    const loanDigits = intBetween(rng, 3, 6);
    loanIds.push(`LOAN-${prefix}-${digits(rng, loanDigits)}`);
    leadIds.push(`LEAD-${digits(rng, 7)}`);
  }
  appendShared(rng, names, phones, loanIds, leadIds, byPhone);
  const withShared = new Uint8Array(count + SHARED_CUSTOMERS.length);
  withShared.set(female);
  SHARED_CUSTOMERS.forEach((s, k) => (withShared[count + k] = s.female ? 1 : 0));
  return { count, names, phones, loanIds, leadIds, female: withShared, byPhone };
}

/**
 * The sandbox's shared customers, after the set's own: Indian ones as timepay writes them (10 national
 * digits), others in E.164 (`+1…`), matched by a `phone` filter on their national digits.
 */
function appendShared(
  rng: () => number,
  names: string[],
  phones: string[],
  loanIds: string[],
  leadIds: string[],
  byPhone: Map<string, number>,
): void {
  for (const s of SHARED_CUSTOMERS) {
    // A clash with an own customer's number (about one seed in 10^5) leaves the filter on the own one.
    if (!byPhone.has(s.national)) byPhone.set(s.national, phones.length);
    names.push(`${s.first} ${s.last}`);
    phones.push(s.country === 'IN' ? s.national : s.e164);
    loanIds.push(`LOAN-SHR-${digits(rng, 5)}`);
    leadIds.push(`LEAD-${digits(rng, 7)}`);
  }
}

/** `length` random digits, leading zeros kept (one number, not one string per digit). */
function digits(rng: () => number, length: number): string {
  return String(Math.floor(rng() * 10 ** length)).padStart(length, '0');
}
