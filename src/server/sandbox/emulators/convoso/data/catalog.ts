import { hash32, intBetween, mulberry32, pick } from '../../../prng.ts';
import { FIRST_NAMES_FEMALE, FIRST_NAMES_MALE, LAST_NAMES } from './names.ts';

/** A Convoso status as `/status/search` lists it; `agent` says whether an agent dispositioned it. */
export interface StatusDef {
  code: string;
  name: string;
  /** Y/N flags of /status/search. */
  final: boolean;
  reached: boolean;
  success: boolean;
  dnc: boolean;
  callback: boolean;
  contact: boolean;
  voicemail: boolean;
  agent: boolean;
  /** Share among outbound and inbound calls. */
  outbound: number;
  inbound: number;
  term: string;
}

const s = (
  code: string,
  name: string,
  flags: string,
  agent: boolean,
  outbound: number,
  inbound: number,
  term: string,
): StatusDef => ({
  code,
  name,
  final: flags.includes('F'),
  reached: flags.includes('R'),
  success: flags.includes('S'),
  dnc: flags.includes('D'),
  callback: flags.includes('C'),
  contact: flags.includes('T'),
  voicemail: flags.includes('V'),
  agent,
  outbound,
  inbound,
  term,
});

/** System statuses and a few custom ones an account adds (APPSET, INTRST, LVM, NQ). */
export const STATUSES: readonly StatusDef[] = [
  s('NA', 'No Answer AutoDial', '', false, 28, 0, 'NONE'),
  s('N', 'No Answer', '', true, 2, 0, 'AGENT'),
  s('AA', 'Answering Machine Auto', 'V', false, 13, 0, 'NONE'),
  s('A', 'Answering Machine', 'V', true, 4, 0, 'AGENT'),
  s('LVM', 'Left Voicemail', 'V', true, 2, 0, 'AGENT'),
  s('B', 'Busy', '', false, 5, 0, 'NONE'),
  s('AB', 'Busy Auto', '', false, 1, 0, 'NONE'),
  s('DC', 'Disconnected Number', 'F', false, 2.5, 0, 'NONE'),
  s('ADC', 'Disconnected Number Auto', 'F', false, 0.5, 0, 'NONE'),
  s('AFAX', 'Fax Machine Auto', 'F', false, 0.5, 0, 'NONE'),
  s('PDROP', 'Outbound Pre-Routing Drop', '', false, 0.5, 0, 'NONE'),
  s('DROP', 'Agent Not Available', '', false, 2, 3, 'ABANDON'),
  s('XDROP', 'Agent Not Available IN', '', false, 0, 4, 'QUEUETIMEOUT'),
  s('AFTHRS', 'Inbound After Hours Drop', '', false, 0, 3, 'AFTERHOURS'),
  s('CALLHU', 'Caller Hung Up', 'R', false, 1, 9, 'CALLER'),
  s('HU', 'Hang Up', 'RT', true, 12, 24, 'CALLER'),
  s('NI', 'Not Interested', 'FRT', true, 8, 8, 'AGENT'),
  s('NP', 'No Pitch No Price', 'RT', true, 0.5, 1, 'AGENT'),
  s('CALLBK', 'Call Back', 'RTC', true, 5, 6, 'AGENT'),
  s('SALE', 'Sale Made', 'FRTS', true, 3, 8, 'AGENT'),
  s('XFER', 'Call Transferred', 'RTS', true, 4, 12, 'AGENT'),
  s('DNC', 'Do Not Call', 'FRTD', true, 1.5, 1, 'AGENT'),
  s('WRONG', 'Wrong Number', 'FR', true, 1.5, 2, 'AGENT'),
  s('ERI', 'Agent Error', '', true, 0.3, 0.5, 'AGENT'),
  s('APPSET', 'Appointment Set', 'FRTS', true, 2, 5, 'AGENT'),
  s('INTRST', 'Interested', 'RT', true, 2, 6, 'AGENT'),
  s('NQ', 'Not Qualified', 'FRT', true, 1, 3, 'AGENT'),
];

export interface Campaign {
  id: string;
  name: string;
  /** Share of its calls that are inbound. */
  inbound: number;
  volume: number;
  /** Caller ID (11 digits) shown on its outbound calls, and the DID customers dial in on (10 digits). */
  callerId: string;
  queueId: string;
}

const CAMPAIGNS: ReadonlyArray<[string, number, number]> = [
  ['Medicare Advantage AEP', 0.1, 1.4],
  ['Final Expense - Outbound', 0.05, 1.2],
  ['Auto Insurance Renewals', 0.2, 1],
  ['Solar Leads CA', 0.08, 0.9],
  ['Debt Relief Inbound', 0.85, 0.8],
  ['Home Warranty Winback', 0.15, 0.7],
  ['Customer Service Line', 0.95, 0.9],
  ['ACA Spanish', 0.4, 0.5],
];

const AREA_CODES = [
  213, 310, 323, 415, 510, 619, 714, 818, 916, 949, 602, 702, 512, 214, 305, 404, 312, 206, 303, 615,
];

export interface Catalog {
  campaigns: readonly Campaign[];
  /** list_id → campaign index; lists[i] is the list id. */
  lists: readonly string[];
  listCampaign: Uint8Array;
  agentIds: readonly string[];
  agentNames: readonly string[];
  /** Agents of each campaign. */
  campaignAgents: ReadonlyArray<readonly number[]>;
  campaignById: ReadonlyMap<string, number>;
  listById: ReadonlyMap<string, number>;
  queueById: ReadonlyMap<string, number>;
  agentById: ReadonlyMap<string, number>;
  statusByCode: ReadonlyMap<string, number>;
}

/** 10 digits of a plausible US number (area code from the list, exchange 2xx–9xx). */
export function usNumber(rng: () => number): string {
  return `${pick(rng, AREA_CODES)}${intBetween(rng, 200, 999)}${String(intBetween(rng, 0, 9999)).padStart(4, '0')}`;
}

export function buildCatalog(seed: number): Catalog {
  const rng = mulberry32(hash32(seed, 0xc0a7));
  const campaigns = CAMPAIGNS.map(([name, inbound, volume], i): Campaign => {
    const did = usNumber(rng);
    return { id: String(2100 + i * 7), name, inbound, volume, callerId: `1${did}`, queueId: String(300 + i) };
  });
  const lists: string[] = [];
  const listCampaign: number[] = [];
  campaigns.forEach((_, c) => {
    for (let k = 0; k < 3; k++) {
      lists.push(String(50_100 + c * 40 + k * 11));
      listCampaign.push(c);
    }
  });
  const agentIds: string[] = [];
  const agentNames: string[] = [];
  for (let a = 0; a < 32; a++) {
    agentIds.push(String(1_140_000 + a * 37 + intBetween(rng, 0, 30)));
    const first = rng() < 0.5 ? pick(rng, FIRST_NAMES_FEMALE) : pick(rng, FIRST_NAMES_MALE);
    agentNames.push(`${first} ${pick(rng, LAST_NAMES)}`);
  }
  const campaignAgents = campaigns.map((_, c) =>
    Array.from({ length: 8 }, (_, k) => (c * 4 + k) % agentIds.length),
  );
  return {
    campaigns,
    lists,
    listCampaign: Uint8Array.from(listCampaign),
    agentIds,
    agentNames,
    campaignAgents,
    campaignById: new Map(campaigns.map((c, i) => [c.id, i])),
    listById: new Map(lists.map((l, i) => [l, i])),
    queueById: new Map(campaigns.map((c, i) => [c.queueId, i])),
    agentById: new Map(agentIds.map((a, i) => [a, i])),
    statusByCode: new Map(STATUSES.map((st, i) => [st.code, i])),
  };
}
