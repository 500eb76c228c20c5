import { hash32, mulberry32, randomDigits } from '../../../prng.ts';
import { sharedCustomersFor } from '../../../shared-customers.ts';

/** The sandbox's shared customers a US dialer calls (indices `count ..` of `Contacts`). */
export const SHARED_CONTACTS = sharedCustomersFor(['US']);

const FIRST = [
  'Dana',
  'Michael',
  'Jennifer',
  'David',
  'Sarah',
  'Robert',
  'Emily',
  'James',
  'Jessica',
  'William',
  'Ashley',
  'Christopher',
  'Amanda',
  'Daniel',
  'Megan',
  'Matthew',
  'Lauren',
  'Andrew',
  'Rachel',
  'Joshua',
  'Nicole',
  'Brian',
  'Stephanie',
  'Kevin',
  'Heather',
  'Jason',
  'Rebecca',
  'Ryan',
  'Laura',
  'Eric',
  'Priya',
  'Wei',
  'Carlos',
  'Maria',
  'Ahmed',
  'Fatima',
  'Hiroshi',
  'Olga',
  'Kwame',
  'Sofia',
  'Oliver',
  'Amelia',
  'Harry',
  'Isla',
  'George',
  'Poppy',
  'Jack',
  'Freya',
  'Charlie',
  'Imogen',
];
const LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Walker',
  'Hall',
  'Young',
  'King',
  'Wright',
  'Natarajan',
  'Zhang',
  'Kim',
  'Okafor',
  'Schmidt',
  'Rossi',
  'Novak',
  "O'Brien",
  'Whitaker',
  'Fischer',
  'Hughes',
  'Evans',
  'Roberts',
  'Patel',
  'Wood',
  'Turner',
  'Cooper',
  'Ward',
  'Morris',
  'Khan',
];
const COMPANY_A = [
  'Northwind',
  'Bluefin',
  'Summit',
  'Ironclad',
  'Lakeshore',
  'Brightline',
  'Cobalt',
  'Redwood',
  'Pioneer',
  'Keystone',
  'Harbor',
  'Vertex',
  'Granite',
  'Meridian',
  'Silverline',
  'Evergreen',
  'Atlas',
  'Beacon',
  'Crescent',
  'Falcon',
];
const COMPANY_B = [
  'Logistics',
  'Health',
  'Analytics',
  'Systems',
  'Manufacturing',
  'Capital',
  'Software',
  'Foods',
  'Retail Group',
  'Labs',
  'Energy',
  'Freight',
  'Networks',
  'Partners',
  'Robotics',
];
const COMPANY_C = ['Inc.', 'LLC', 'Corp.', 'Co.', '', ''];
const COMPANY_UK = ['Ltd', 'plc', 'Ltd', 'Group Ltd'];
const TITLES = [
  'VP Operations',
  'Director of IT',
  'Head of Sales',
  'CFO',
  'COO',
  'VP Sales',
  'Operations Manager',
  'IT Manager',
  'Head of Procurement',
  'VP Engineering',
  'Director of Finance',
  'Chief Revenue Officer',
  'Sales Operations Lead',
  'Head of IT',
];
const US_AREAS = [
  '212',
  '312',
  '415',
  '617',
  '713',
  '305',
  '404',
  '206',
  '303',
  '512',
  '602',
  '214',
  '858',
  '503',
  '704',
  '615',
  '919',
  '801',
  '314',
  '612',
];

/** The prospects the team dials: parallel arrays, strings precomputed once (search reads them). */
export interface Contacts {
  /** The set's own contacts; the sandbox's shared customers follow (indices `count ..`). */
  count: number;
  ids: string[];
  first: string[];
  last: string[];
  company: string[];
  title: Array<string | null>;
  phone: string[];
  email: string[];
  /** Lower-cased "first last company" for `filters[search]`. */
  haystack: string[];
  /** Digits of the phone, for digit searches. */
  digits: string[];
  list: Uint8Array;
  uk: Uint8Array;
  byPhone: Map<string, number>;
}

export function buildContacts(
  seed: number,
  count: number,
  lists: number,
  ukLists: readonly number[],
): Contacts {
  const rng = mulberry32(hash32(seed, 0xc0c7));
  const c: Contacts = {
    count,
    ids: [],
    first: [],
    last: [],
    company: [],
    title: [],
    phone: [],
    email: [],
    haystack: [],
    digits: [],
    list: new Uint8Array(count),
    uk: new Uint8Array(count),
    byPhone: new Map(),
  };
  for (let k = 0; k < count; k++) {
    const list = Math.floor(rng() * lists);
    const uk = ukLists.includes(list) || rng() < 0.04;
    const first = FIRST[(uk ? 40 : 0) + Math.floor(rng() * (uk ? 10 : 40))] ?? 'Alex';
    const last = LAST[Math.floor(rng() * LAST.length)] ?? 'Smith';
    const suffix = uk
      ? COMPANY_UK[Math.floor(rng() * COMPANY_UK.length)]
      : COMPANY_C[Math.floor(rng() * COMPANY_C.length)];
    const company = `${COMPANY_A[Math.floor(rng() * COMPANY_A.length)]} ${COMPANY_B[Math.floor(rng() * COMPANY_B.length)]}${suffix ? ` ${suffix}` : ''}`;
    let phone: string;
    do {
      phone = uk
        ? rng() < 0.5
          ? `+4420${7 + Math.floor(rng() * 2)}${randomDigits(rng, 7)}`
          : `+447${randomDigits(rng, 9)}`
        : `+1${US_AREAS[Math.floor(rng() * US_AREAS.length)]}${2 + Math.floor(rng() * 8)}${randomDigits(rng, 6)}`;
    } while (c.byPhone.has(phone));
    c.byPhone.set(phone, k);
    c.ids.push(k.toString(16).padStart(8, '0') + hash32(seed, k).toString(16).padStart(8, '0') + '0c0c7a11');
    c.first.push(first);
    c.last.push(last);
    c.company.push(company);
    c.title.push(rng() < 0.85 ? (TITLES[Math.floor(rng() * TITLES.length)] ?? null) : null);
    c.phone.push(phone);
    const domain = company.toLowerCase().split(' ')[0] ?? 'example';
    c.email.push(`${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + `@${domain}.example`);
    c.haystack.push(`${first} ${last} ${company}`.toLowerCase());
    c.digits.push(phone.slice(1));
    c.list[k] = list;
    c.uk[k] = uk ? 1 : 0;
  }
  appendShared(c, seed);
  return c;
}

/**
 * The sandbox's shared customers after the set's own (indices `count ..`), in Salesfinity's format
 * (E.164); they belong to no contact list (`list` and `uk` read as 0 past `count`).
 */
function appendShared(c: Contacts, seed: number): void {
  SHARED_CONTACTS.forEach((s, k) => {
    const index = c.count + k;
    if (!c.byPhone.has(s.e164)) c.byPhone.set(s.e164, index);
    c.ids.push(
      index.toString(16).padStart(8, '0') + hash32(seed, index).toString(16).padStart(8, '0') + '0c0c7a11',
    );
    c.first.push(s.first);
    c.last.push(s.last);
    c.company.push('Household');
    c.title.push(null);
    c.phone.push(s.e164);
    c.email.push(`${s.first}.${s.last}`.toLowerCase() + '@mail.example');
    c.haystack.push(`${s.first} ${s.last} household`.toLowerCase());
    c.digits.push(s.e164.slice(1));
  });
}
