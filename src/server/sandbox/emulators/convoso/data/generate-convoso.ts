import { at, cumulative, hash32, intBetween, mulberry32, pickWeighted, type Rng } from '../../../prng.ts';
import { sharedCustomerOf } from '../../../shared-customers.ts';
import { NO_CUTOFF } from '../../../clock.ts';
import { sampleHourlyTimes, type GenerateOptions, type TrafficShape } from '../../../traffic.ts';
import { pacificHour, pacificWeekday } from '../pacific-time.ts';
import { buildCatalog, STATUSES } from './catalog.ts';
import { INBOUND, MANUAL, NONE, OUTBOUND, type ConvosoDataset } from './dataset.ts';
import { buildLeads, SHARED_LEADS } from './leads.ts';
import {
  HOSTILE_POSITIONS,
  MISSING_RECORDING,
  MISSING_RECORDING_AT,
  MISSING_RECORDING_EVERY,
  NO_QUIRK,
  SRC_ONLY_AT,
  SRC_ONLY_EVERY,
  SRC_ONLY_RECORDING,
  malformedKind,
} from './quirks.ts';

/** Share of traffic per Los Angeles hour: a contact center dialling 08:00–19:00, a trickle of inbound at night. */
const HOUR_WEIGHTS = [
  0.01, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.3, 0.9, 1.2, 1.25, 1.2, 1, 1.1, 1.2, 1.2, 1.1, 0.9, 0.6, 0.3,
  0.1, 0.04, 0.02, 0.01,
];
/** Per weekday, Sunday first. */
const DAY_WEIGHTS = [0.08, 1, 1.05, 1, 1, 0.9, 0.35];
/** In Los Angeles time; volume grows a little over the quarter. */
const TRAFFIC: TrafficShape = {
  hourWeights: HOUR_WEIGHTS,
  dayWeights: DAY_WEIGHTS,
  hourOf: pacificHour,
  weekdayOf: pacificWeekday,
  growthFrom: 0.9,
  growthBy: 0.2,
};
const OUTBOUND_WEIGHTS = cumulative(STATUSES.map((st) => st.outbound));
const INBOUND_WEIGHTS = cumulative(STATUSES.map((st) => st.inbound));
const HOSTILE_STATUS = STATUSES.findIndex((st) => st.code === 'HU');
const XFER = STATUSES.findIndex((st) => st.code === 'XFER');

/** ~50k calls in well under a second: typed arrays, one PRNG pass, one numeric sort. */
export function generateConvoso({
  nowMs: rawNow,
  seed,
  count,
  trickle = 0,
  clock = NO_CUTOFF,
}: GenerateOptions): ConvosoDataset {
  const total = count + trickle;
  const nowMs = Math.floor(rawNow / 1000) * 1000;
  const catalog = buildCatalog(seed);
  const leads = buildLeads(seed, Math.max(50, Math.round(count / 3)), catalog);
  const rng = mulberry32(hash32(seed, 0xc0c0));
  const ds: ConvosoDataset = {
    seed,
    nowMs,
    count: total,
    clock,
    catalog,
    leads,
    startMs: sampleHourlyTimes(rng, nowMs, count, TRAFFIC, trickle),
    lead: new Uint32Array(total),
    list: new Uint8Array(total),
    campaign: new Uint8Array(total),
    agent: new Uint8Array(total).fill(NONE),
    status: new Uint8Array(total),
    callType: new Uint8Array(total),
    callLength: new Uint16Array(total),
    calledCount: new Uint16Array(total),
    queueSeconds: new Uint16Array(total),
    queuePosition: new Uint8Array(total),
    recordings: new Uint8Array(total),
    quirk: new Uint8Array(total),
    recSeed: new Uint32Array(total),
  };
  // Quirks sit at positions of the 90 days, so the trickle leaves them on the first pages at start.
  for (let i = 0; i < total; i++) fillCall(ds, i, i - trickle, rng);
  countAttempts(ds, rng);
  return ds;
}

/** Call `i`; `q` is its position among the 90 days (negative: a trickle record, no quirk). */
function fillCall(ds: ConvosoDataset, i: number, q: number, rng: Rng): void {
  const { catalog, leads } = ds;
  const hostile = q < 0 ? undefined : HOSTILE_POSITIONS.get(q);
  // Skewed towards low indices so some leads are called a dozen times or more.
  const own = Math.floor(leads.count * rng() ** 1.5);
  const shared = sharedCustomerOf(ds.seed, 0xc0c0, i, SHARED_LEADS.length);
  const lead = shared >= 0 ? leads.count + shared : own;
  const list = leads.list[lead] ?? 0;
  const c = catalog.listCampaign[list] ?? 0;
  const campaign = at(catalog.campaigns, c);
  const inbound = hostile === undefined && rng() < campaign.inbound;
  const type = inbound ? INBOUND : rng() < 0.1 ? MANUAL : OUTBOUND;
  const st =
    hostile !== undefined ? HOSTILE_STATUS : pickWeighted(rng, inbound ? INBOUND_WEIGHTS : OUTBOUND_WEIGHTS);
  const status = at(STATUSES, st);
  ds.lead[i] = lead;
  ds.list[i] = list;
  ds.campaign[i] = c;
  ds.callType[i] = type;
  ds.status[i] = st;
  ds.recSeed[i] = Math.floor(rng() * 4294967296);
  const agents = at(catalog.campaignAgents, c);
  if (status.agent || type === MANUAL) ds.agent[i] = at(agents, Math.floor(rng() * agents.length));
  const length = callLength(rng, status.code, status.agent);
  ds.callLength[i] = length;
  if (inbound) {
    ds.queuePosition[i] = intBetween(rng, 1, 6);
    ds.queueSeconds[i] =
      status.code === 'XDROP' || status.code === 'CALLHU' ? intBetween(rng, 20, 240) : intBetween(rng, 0, 90);
  } else ds.queuePosition[i] = 1;
  let recordings = 0;
  if (status.agent && length >= 10) {
    const r = rng();
    recordings = st === XFER ? 2 + (r < 0.2 ? 1 : 0) : r < 0.84 ? 1 : r < 0.96 ? 2 : 3;
  } else if (status.voicemail && length >= 8 && rng() < 0.6) recordings = 1;
  if (hostile !== undefined) recordings = 1;
  ds.recordings[i] = recordings;
  const malformed = q < 0 ? NO_QUIRK : malformedKind(q);
  if (hostile !== undefined) ds.quirk[i] = hostile;
  else if (malformed !== NO_QUIRK) ds.quirk[i] = malformed;
  else if (recordings > 0 && q >= 0 && q % MISSING_RECORDING_EVERY === MISSING_RECORDING_AT)
    ds.quirk[i] = MISSING_RECORDING;
  else if (recordings > 0 && q >= 0 && q % SRC_ONLY_EVERY === SRC_ONLY_AT) ds.quirk[i] = SRC_ONLY_RECORDING;
}

function callLength(rng: Rng, code: string, agent: boolean): number {
  if (code === 'NA' || code === 'B' || code === 'AB' || code === 'DC' || code === 'ADC' || code === 'PDROP')
    return code === 'NA' ? intBetween(rng, 0, 32) : 0;
  if (code === 'AFAX') return intBetween(rng, 2, 6);
  if (code === 'AA' || code === 'A') return intBetween(rng, 6, 28);
  if (code === 'LVM') return intBetween(rng, 20, 55);
  if (code === 'DROP' || code === 'XDROP' || code === 'CALLHU' || code === 'AFTHRS')
    return intBetween(rng, 3, 90);
  if (code === 'WRONG' || code === 'N' || code === 'ERI') return intBetween(rng, 5, 40);
  if (code === 'NI') return intBetween(rng, 15, 120);
  if (!agent) return intBetween(rng, 0, 30);
  return 25 + Math.floor(1100 * rng() ** 2.2);
}

/** `called_count`: how often the lead had been called by then (walks oldest first), plus prior dialling. */
function countAttempts(ds: ConvosoDataset, rng: Rng): void {
  const prior = new Uint16Array(ds.leads.count);
  for (let l = 0; l < prior.length; l++) prior[l] = Math.floor(rng() ** 3 * 12);
  for (let i = ds.count - 1; i >= 0; i--) {
    const l = ds.lead[i] ?? 0;
    prior[l] = Math.min(65_535, (prior[l] ?? 0) + 1);
    ds.calledCount[i] = prior[l] ?? 1;
  }
}
