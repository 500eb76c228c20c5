import { hash32, mulberry32 } from '../../../prng.ts';
import { sharedCustomersFor } from '../../../shared-customers.ts';

/** The sandbox's shared customers a US contact center calls (indices `count ..` of `Leads`). */
export const SHARED_LEADS = sharedCustomersFor(['US']);
import { usNumber, type Catalog } from './catalog.ts';
import { FEMALE_COUNT, FIRST_NAMES, LAST_NAMES } from './names.ts';

/** The people a contact center dials; each appears in several calls. */
export interface Leads {
  /** The set's own leads; the sandbox's shared customers follow (indices `count ..`, in `phones` only). */
  count: number;
  /** Index into FIRST_NAMES / LAST_NAMES. */
  first: Uint8Array;
  last: Uint8Array;
  /** 10 national digits, as Convoso's `phone_number` shows them. */
  phones: readonly string[];
  list: Uint8Array;
  byPhone: ReadonlyMap<string, number>;
  /** First and last name of shared customer `l - count`. */
  sharedNames: ReadonlyArray<readonly [string, string]>;
}

/** `lead_id`: 8 digits that decode back to the lead's index. */
export const LEAD_ID_BASE = 51_000_000;
export const LEAD_ID_STEP = 7;

export function leadId(seed: number, index: number): string {
  return String(LEAD_ID_BASE + index * LEAD_ID_STEP + (hash32(seed, index) % LEAD_ID_STEP));
}

export function leadIndex(seed: number, id: string, count: number): number | null {
  if (!/^\d{1,12}$/.test(id)) return null;
  const v = Number(id) - LEAD_ID_BASE;
  if (v < 0) return null;
  const index = Math.floor(v / LEAD_ID_STEP);
  return index < count && v % LEAD_ID_STEP === hash32(seed, index) % LEAD_ID_STEP ? index : null;
}

export function buildLeads(seed: number, count: number, catalog: Catalog): Leads {
  const rng = mulberry32(hash32(seed, 0x1ead));
  const first = new Uint8Array(count);
  const last = new Uint8Array(count);
  const list = new Uint8Array(count);
  const phones: string[] = [];
  const byPhone = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const female = rng() < 0.5;
    first[i] = female
      ? Math.floor(rng() * FEMALE_COUNT)
      : FEMALE_COUNT + Math.floor(rng() * (FIRST_NAMES.length - FEMALE_COUNT));
    last[i] = Math.floor(rng() ** 1.6 * LAST_NAMES.length);
    list[i] = Math.floor(rng() * catalog.lists.length);
    let phone: string;
    do phone = usNumber(rng);
    while (byPhone.has(phone));
    byPhone.set(phone, i);
    phones.push(phone);
  }
  for (const s of SHARED_LEADS) {
    // A clash with an own lead's number leaves the filter on the own lead.
    if (!byPhone.has(s.national)) byPhone.set(s.national, phones.length);
    phones.push(s.national);
  }
  const sharedNames = SHARED_LEADS.map((s) => [s.first, s.last] as const);
  return { count, first, last, phones, list, byPhone, sharedNames };
}
