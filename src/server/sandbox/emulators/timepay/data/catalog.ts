import { DAY_MS } from '../../../zoned-time.ts';
import { hash32, mulberry32, randomLetters } from '../../../prng.ts';
import { CAMPAIGN_DEFS, type CampaignDef } from './campaigns.ts';
import { BUSINESS_NUMBERS } from './codes.ts';
import { DISPOSITION_DEFS, type Disposition } from './dispositions.ts';

export interface Campaign extends CampaignDef {
  id: string;
  createdAtMs: number;
  updatedAtMs: number;
  agents: readonly number[];
  /** Business number it calls from, mostly. */
  number: number;
}

export interface Agent {
  id: string;
  name: string;
}

const AGENT_NAMES = [
  'Priya – Collections Hindi',
  'Ananya – Collections English',
  'Riya – Bucket 2',
  'Neha – Recovery',
  'Kavya – Lead Qualifier',
  'Arjun – Inbound Desk',
  'Meera – KYC',
  'Dev – Cross-sell',
];

export interface Catalog {
  campaigns: readonly Campaign[];
  agents: readonly Agent[];
  dispositions: readonly Disposition[];
  campaignById: ReadonlyMap<string, number>;
  agentById: ReadonlyMap<string, number>;
  dispositionByLabel: ReadonlyMap<string, number>;
}

export function snakeCase(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Campaigns, agents and dispositions with ids drawn from the seed (so they are stable per seed). */
export function buildCatalog(seed: number, nowMs: number): Catalog {
  const rng = mulberry32(hash32(seed, 0xca7a));
  const agents = AGENT_NAMES.map((name) => ({ id: randomLetters(rng, 20), name }));
  const dispositions = DISPOSITION_DEFS.map((d) => ({
    ...d,
    id: randomLetters(rng, 15 + Math.floor(rng() * 6)),
    value: snakeCase(d.label),
  }));
  const campaigns = CAMPAIGN_DEFS.map((def, i) => {
    const createdAtMs = nowMs - def.createdDaysAgo * DAY_MS - Math.floor(rng() * DAY_MS);
    const first = i % agents.length;
    return {
      ...def,
      id: randomLetters(rng, 20),
      createdAtMs,
      updatedAtMs: Math.min(nowMs, createdAtMs + Math.floor(rng() * def.createdDaysAgo) * DAY_MS),
      agents: rng() < 0.5 ? [first] : [first, (first + 3) % agents.length],
      number: i % BUSINESS_NUMBERS.length,
    };
  });
  return {
    campaigns,
    agents,
    dispositions,
    campaignById: new Map(campaigns.map((c, i) => [c.id, i])),
    agentById: new Map(agents.map((a, i) => [a.id, i])),
    dispositionByLabel: new Map(dispositions.map((d, i) => [d.label, i])),
  };
}
