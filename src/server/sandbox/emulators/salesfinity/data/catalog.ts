import { hash32, mulberry32, randomHex, type Rng } from '../../../prng.ts';
import { US_ZONES } from './us-time.ts';

export type Category = 'positive' | 'negative' | 'neutral' | 'not_answered' | 'cancelled';
/** What kind of call a disposition ends: a talk with a person, a machine, no answer, cancelled. */
export type Kind = 'human' | 'machine' | 'none' | 'bad' | 'cancelled';

export interface Disposition {
  id: number;
  _id: string;
  name: string;
  category: Category;
  kind: Kind;
  is_custom: boolean;
  is_required: boolean;
  /** Share of outbound calls ending this way. */
  weight: number;
  /** [min, max] seconds of talk. */
  seconds: readonly [number, number];
  /** The CRM's mapping (external_id / external_name), or null when the account mapped none. */
  crm: readonly [string, string] | null;
}

const D = (
  id: number,
  name: string,
  category: Category,
  kind: Kind,
  weight: number,
  seconds: readonly [number, number],
  crm: readonly [string, string] | null,
  custom = false,
): Omit<Disposition, '_id'> => ({
  id,
  name,
  category,
  kind,
  weight,
  seconds,
  crm,
  is_custom: custom,
  is_required: id === 14,
});

/** The 14 defaults of PROVIDERS.md plus two custom ones, with how often each ends a call. */
const DISPOSITIONS = [
  D(1, 'Answered – Meeting Set', 'positive', 'human', 2, [180, 900], ['MEETING_BOOKED', 'Meeting booked']),
  D(2, 'Answered – No Longer with Company', 'neutral', 'human', 1.5, [20, 90], null),
  D(3, 'Answered – Not Interested', 'negative', 'human', 6, [15, 120], ['NOT_INTERESTED', 'Not interested']),
  D(4, 'Answered – Referral', 'positive', 'human', 1, [60, 300], ['REFERRAL', 'Referral']),
  D(5, 'Answered – Wrong Contact', 'neutral', 'human', 2, [10, 60], ['WRONG_CONTACT', 'Wrong contact']),
  D(6, 'Answered – Call back later', 'positive', 'human', 4, [20, 150], ['CALLBACK', 'Call back later']),
  D(7, 'Answered – Reach out in 6 months', 'positive', 'human', 1.5, [45, 240], null),
  D(8, 'Answered – Send an email', 'positive', 'human', 2.5, [30, 180], ['SEND_EMAIL', 'Send info']),
  D(9, 'Answered – Do not call again', 'negative', 'human', 0.8, [8, 45], ['DNC', 'Do not call']),
  D(10, 'No Answer', 'not_answered', 'none', 35, [0, 0], ['NO_ANSWER', 'No answer']),
  D(11, 'Left Voicemail', 'not_answered', 'machine', 15, [15, 45], ['LEFT_VOICEMAIL', 'Left voicemail']),
  D(12, 'Gatekeeper', 'not_answered', 'human', 5, [10, 75], null),
  D(13, 'Bad Number', 'not_answered', 'bad', 3, [0, 2], ['WRONG_NUMBER', 'Wrong number']),
  D(14, 'Cancelled', 'cancelled', 'cancelled', 20, [0, 0], null),
  D(15, 'Answered – Demo Booked', 'positive', 'human', 0.6, [240, 1200], ['DEMO', 'Demo scheduled'], true),
  D(16, 'Answered – Using Competitor', 'negative', 'human', 1, [30, 200], null, true),
];

export interface User {
  _id: string;
  first_name: string;
  last_name: string;
  email: string;
  /** Standard UTC offset of the rep's zone (hours). */
  std: number;
  /** The rep's caller id, E.164. */
  number: string;
}

const REPS: ReadonlyArray<readonly [string, string, number, string]> = [
  ['Jordan', 'Reyes', 0, '646'],
  ['Sam', 'Okafor', 0, '917'],
  ['Taylor', 'Brooks', 0, '617'],
  ['Avery', 'Chen', 1, '312'],
  ['Morgan', 'Patel', 1, '512'],
  ['Casey', 'Nguyen', 1, '214'],
  ['Riley', 'Thompson', 2, '303'],
  ['Jamie', 'Alvarez', 3, '415'],
  ['Drew', 'Kowalski', 3, '206'],
  ['Quinn', 'Harper', 3, '213'],
  ['Alexis', 'Murphy', 0, '404'],
  ['Cameron', 'Diaz-Lopez', 1, '773'],
];

export interface ContactList {
  _id: string;
  name: string;
  /** The sequence most of its calls run in. */
  sequence: number;
}

const LISTS = [
  'Q1 Logistics VPs',
  'Healthcare IT Directors',
  'UK Mid-Market',
  'SaaS CFOs – West',
  'Manufacturing Ops Leaders',
  'Inbound Demo Requests',
  'Fintech Heads of Sales',
  'Retail COOs – East',
  'Conference Leads – SaaStr',
  'Closed-Lost Re-engage',
];

export interface Sequence {
  id: string;
  name: string;
}

const SEQUENCES = [
  'Outbound – Exec Intro (5 touch)',
  'Inbound demo follow-up',
  'UK Mid-Market Cadence',
  'Closed-Lost Win-back',
  'Event Follow-up',
  'Healthcare Compliance Angle',
  'CFO ROI Sequence',
  'Referral Ask',
];

export interface Catalog {
  dispositions: Disposition[];
  users: User[];
  lists: ContactList[];
  sequences: Sequence[];
}

/** A Mongo-style ObjectId: 8 hex digits of seconds, then 16 derived from the seed. */
export function objectId(rng: Rng, seconds: number): string {
  return Math.floor(seconds).toString(16).padStart(8, '0') + randomHex(rng, 16);
}

export function buildCatalog(seed: number, nowMs: number): Catalog {
  const rng = mulberry32(hash32(seed, 0x5a1e));
  const accountStart = nowMs / 1000 - 400 * 86_400;
  const dispositions = DISPOSITIONS.map((d) => ({ ...d, _id: objectId(rng, accountStart + d.id * 60) }));
  const users = REPS.map(([first, last, zone, area], k): User => {
    const line = String(2000 + Math.floor(rng() * 7000));
    const exchange = String(200 + Math.floor(rng() * 700));
    return {
      _id: objectId(rng, accountStart + 3600 * (k + 1)),
      first_name: first,
      last_name: last,
      email: `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + '@northpeak.io',
      std: US_ZONES[zone]?.std ?? -5,
      number: `+1${area}${exchange}${line}`,
    };
  });
  const sequences = SEQUENCES.map((name) => ({ id: `seq_${randomHex(rng, 12)}`, name }));
  const lists = LISTS.map((name, k) => ({
    _id: objectId(rng, accountStart + 86_400 * (k + 2)),
    name,
    sequence: k % sequences.length,
  }));
  return { dispositions, users, lists, sequences };
}
