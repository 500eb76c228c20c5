import { istHour, istWeekday } from '../../../ist-time.ts';
import { at, cumulative, hash32, intBetween, mulberry32, pickWeighted, type Rng } from '../../../prng.ts';
import { NO_CUTOFF } from '../../../clock.ts';
import { sampleHourlyTimes, type GenerateOptions, type TrafficShape } from '../../../traffic.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import {
  ACCEPTED,
  BUSINESS_NUMBERS,
  CALL,
  COMPLETED,
  DELIVERED,
  FAILED,
  NO_CONTACT,
  READ,
  TYPES,
  WHATSAPP,
  WHATSAPP_NUMBER,
} from './codes.ts';
import { type Contact } from './dispositions.ts';
import { buildCustomers } from './customers.ts';
import { SHARED_CUSTOMERS, sharedCustomerOf } from '../../../shared-customers.ts';
import { NONE, SHAPE_FULL, SHAPE_SPARSE, type TimepayDataset } from './dataset.ts';
import { META_ERRORS } from './meta-errors.ts';
import {
  HOSTILE_POSITIONS,
  MISSING_RECORDING,
  MISSING_RECORDING_AT,
  MISSING_RECORDING_EVERY,
  NO_QUIRK,
  malformedKind,
} from './quirks.ts';
import { timepayIds } from './timepay-ids.ts';

/** Share of traffic per IST hour of day: business hours 9–20 dominate, a trickle at night. */
const HOUR_WEIGHTS = [
  0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.15, 0.4, 0.9, 1.1, 1.25, 1.2, 1, 1.05, 1.1, 1.15, 1.25, 1.2, 1,
  0.5, 0.15, 0.06, 0.03,
];
/** Per weekday, Sunday first. */
const DAY_WEIGHTS = [0.2, 1, 1, 1, 1, 1, 0.7];
/** In IST, with a slow growth in volume over the quarter. */
const TRAFFIC: TrafficShape = {
  hourWeights: HOUR_WEIGHTS,
  dayWeights: DAY_WEIGHTS,
  hourOf: istHour,
  weekdayOf: istWeekday,
  growthFrom: 0.85,
  growthBy: 0.3,
};
const TYPE_WEIGHTS = cumulative([60, 35, 5]);
const WHATSAPP_STATUS = [READ, DELIVERED, ACCEPTED, FAILED];
const WHATSAPP_STATUS_WEIGHTS = cumulative([45, 30, 12, 13]);
const SMS_STATUS = [DELIVERED, ACCEPTED, FAILED];
const SMS_STATUS_WEIGHTS = cumulative([80, 12, 8]);
const META_ERROR_WEIGHTS = cumulative(META_ERRORS.map((e) => e.weight));
const HOSTILE_CAMPAIGN = 2;

/** ~60k logs in well under a second: typed arrays, one PRNG pass, one numeric sort. */
export function generateTimepay({
  nowMs: rawNow,
  seed,
  count,
  trickle = 0,
  clock = NO_CUTOFF,
}: GenerateOptions): TimepayDataset {
  const total = count + trickle;
  const nowMs = Math.floor(rawNow / 1000) * 1000;
  const catalog = buildCatalog(seed, nowMs);
  const customers = buildCustomers(seed, Math.max(50, Math.min(15_000, Math.round(count / 4))));
  const rng = mulberry32(hash32(seed, 0x1095));
  const ds: TimepayDataset = {
    seed,
    nowMs,
    count: total,
    clock,
    catalog,
    customers,
    ids: timepayIds(seed),
    startMs: sampleHourlyTimes(rng, nowMs, count, TRAFFIC, trickle),
    type: new Uint8Array(total),
    campaign: new Uint8Array(total),
    agent: new Uint8Array(total).fill(NONE),
    disposition: new Uint8Array(total).fill(NONE),
    status: new Uint8Array(total),
    from: new Uint8Array(total).fill(NONE),
    customer: new Uint16Array(total),
    duration: new Uint16Array(total),
    inbound: new Uint8Array(total),
    shape: new Uint8Array(total),
    quirk: new Uint8Array(total),
    metaError: new Uint8Array(total).fill(NONE),
    recSeed: new Uint32Array(total),
    customerStart: new Uint32Array(customers.phones.length + 1),
    customerLogs: new Uint32Array(total),
  };
  const pickers = campaignPickers(catalog);
  const split = Math.floor(customers.count * 0.55);
  const collectionEnd = Math.floor(customers.count * 0.7);
  for (let i = 0; i < total; i++) {
    // Quirks sit at positions of the 90 days (`q`), so the trickle leaves them on the first pages at start.
    const q = i - trickle;
    const hostile = q < 0 ? undefined : HOSTILE_POSITIONS.get(q);
    const type = hostile === undefined ? pickWeighted(rng, TYPE_WEIGHTS) : CALL;
    const c =
      hostile === undefined
        ? at(pickers.indices[type] ?? [], pickWeighted(rng, at(pickers.weights, type)))
        : HOSTILE_CAMPAIGN;
    const campaign = at(catalog.campaigns, c);
    // Skewed towards low indices so some customers have dozens of logs across channels.
    const lo = campaign.kind === 'collection' ? 0 : split;
    const hi = campaign.kind === 'collection' ? collectionEnd : customers.count;
    ds.customer[i] = lo + Math.floor((hi - lo) * rng() ** 1.35);
    const shared = sharedCustomerOf(seed, 0x1095, i, SHARED_CUSTOMERS.length);
    if (shared >= 0) ds.customer[i] = customers.count + shared;
    ds.campaign[i] = c;
    ds.type[i] = type;
    ds.recSeed[i] = Math.floor(rng() * 4294967296);
    if (type === CALL) fillCall(ds, i, rng, catalog, c, hostile !== undefined);
    else if (type === WHATSAPP) fillWhatsapp(ds, i, rng);
    else fillSms(ds, i, rng, campaign.number);
    const malformed = q < 0 ? NO_QUIRK : malformedKind(q, type);
    if (hostile !== undefined) ds.quirk[i] = hostile;
    else if (malformed !== NO_QUIRK) ds.quirk[i] = malformed;
    else if (
      type === CALL &&
      (ds.duration[i] ?? 0) > 0 &&
      q >= 0 &&
      q % MISSING_RECORDING_EVERY === MISSING_RECORDING_AT
    )
      ds.quirk[i] = MISSING_RECORDING;
  }
  indexCustomers(ds);
  return ds;
}

function campaignPickers(catalog: Catalog): { indices: number[][]; weights: Float64Array[] } {
  const indices = TYPES.map((_, t) => catalog.campaigns.flatMap((c, i) => (c.types.includes(t) ? [i] : [])));
  return {
    indices,
    weights: indices.map((list) => cumulative(list.map((i) => at(catalog.campaigns, i).volume))),
  };
}

const dispositionPickers = new WeakMap<Catalog, Record<string, Float64Array>>();

function dispositionWeights(catalog: Catalog, key: string): Float64Array {
  let cache = dispositionPickers.get(catalog);
  if (!cache) {
    const d = catalog.dispositions;
    cache = {
      collection: cumulative(d.map((x) => x.weights.collection)),
      lead_generation: cumulative(d.map((x) => x.weights.lead_generation)),
      'collection:inbound': cumulative(d.map((x) => (x.contact === 'connected' ? x.weights.collection : 0))),
      'lead_generation:inbound': cumulative(
        d.map((x) => (x.contact === 'connected' ? x.weights.lead_generation : 0)),
      ),
    };
    dispositionPickers.set(catalog, cache);
  }
  return cache[key] ?? new Float64Array([1]);
}

const STATUS_OF: Record<Contact, number> = {
  connected: COMPLETED,
  voicemail: NO_CONTACT,
  none: NO_CONTACT,
  failed: FAILED,
};

function fillCall(
  ds: TimepayDataset,
  i: number,
  rng: Rng,
  catalog: Catalog,
  c: number,
  hostile: boolean,
): void {
  const campaign = at(catalog.campaigns, c);
  const inbound = !hostile && rng() < campaign.inbound;
  const d = hostile
    ? 0
    : pickWeighted(rng, dispositionWeights(catalog, inbound ? `${campaign.kind}:inbound` : campaign.kind));
  const disposition = at(catalog.dispositions, d);
  ds.inbound[i] = inbound ? 1 : 0;
  ds.disposition[i] = d;
  ds.status[i] = STATUS_OF[disposition.contact];
  ds.duration[i] = callDuration(rng, disposition.contact, disposition.value);
  ds.agent[i] = at(campaign.agents, Math.floor(rng() * campaign.agents.length));
  ds.from[i] = rng() < 0.85 ? campaign.number : Math.floor(rng() * BUSINESS_NUMBERS.length);
  const noContact = disposition.contact === 'none' || disposition.contact === 'voicemail';
  ds.shape[i] = noContact && rng() < 0.03 ? SHAPE_SPARSE : SHAPE_FULL;
}

function callDuration(rng: Rng, contact: Contact, value: string): number {
  if (contact === 'none' || contact === 'failed') return 0;
  if (contact === 'voicemail') return intBetween(rng, 8, 30);
  if (value === 'wrong_number') return intBetween(rng, 30, 60);
  if (value === 'language_barrier') return intBetween(rng, 30, 90);
  if (value === 'not_interested') return intBetween(rng, 30, 150);
  return 45 + Math.floor(555 * rng() ** 2);
}

function fillWhatsapp(ds: TimepayDataset, i: number, rng: Rng): void {
  const status = at(WHATSAPP_STATUS, pickWeighted(rng, WHATSAPP_STATUS_WEIGHTS));
  ds.status[i] = status;
  // One failed message in ten carries no error at all, as in the seed's mixed example.
  if (status === FAILED && rng() < 0.9) ds.metaError[i] = pickWeighted(rng, META_ERROR_WEIGHTS);
  const shape = pickWeighted(rng, SHAPE_WEIGHTS_WHATSAPP);
  ds.shape[i] = shape;
  if (shape === SHAPE_FULL && rng() < 0.4) ds.from[i] = WHATSAPP_NUMBER;
  ds.inbound[i] = rng() < 0.03 ? 1 : 0;
}

const SHAPE_WEIGHTS_WHATSAPP = cumulative([70, 15, 15]);
const SHAPE_WEIGHTS_SMS = cumulative([60, 20, 20]);

function fillSms(ds: TimepayDataset, i: number, rng: Rng, number: number): void {
  ds.status[i] = at(SMS_STATUS, pickWeighted(rng, SMS_STATUS_WEIGHTS));
  const shape = pickWeighted(rng, SHAPE_WEIGHTS_SMS);
  ds.shape[i] = shape;
  if (shape === SHAPE_FULL) ds.from[i] = number;
}

/** Counting sort of log positions by customer (positions stay newest first within a customer). */
function indexCustomers(ds: TimepayDataset): void {
  const starts = ds.customerStart;
  for (let i = 0; i < ds.count; i++) starts[(ds.customer[i] ?? 0) + 1]! += 1;
  for (let c = 1; c < starts.length; c++) starts[c]! += starts[c - 1] ?? 0;
  const fill = starts.slice(0, -1);
  for (let i = 0; i < ds.count; i++) {
    const c = ds.customer[i] ?? 0;
    ds.customerLogs[fill[c] ?? 0] = i;
    fill[c]! += 1;
  }
}
