import { hash32, intBetween, mulberry32, pick } from '../../../prng.ts';
import {
  DEVANAGARI_FEMALE,
  DEVANAGARI_NAMES,
  FEMALE_FIRST_NAMES,
  LAST_NAMES,
  MALE_FIRST_NAMES,
} from './names.ts';

/** The people campaigns reach; each appears in several logs, across channels. */
export interface Customers {
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
  return { count, names, phones, loanIds, leadIds, female, byPhone };
}

/** `length` random digits, leading zeros kept (one number, not one string per digit). */
function digits(rng: () => number, length: number): string {
  return String(Math.floor(rng() * 10 ** length)).padStart(length, '0');
}
