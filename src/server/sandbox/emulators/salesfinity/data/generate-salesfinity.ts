import { DAY_MS, HOUR_MS } from '../../../zoned-time.ts';
import { at, cumulative, hash32, intBetween, mulberry32, pickWeighted, type Rng } from '../../../prng.ts';
import { sharedCustomerOf } from '../../../shared-customers.ts';
import { uuidCodec } from '../../../reversible-id.ts';
import type { GenerateOptions } from '../../../traffic.ts';
import { NO_CUTOFF, trickleTime } from '../../../clock.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import { buildContacts, SHARED_CONTACTS } from './contacts.ts';
import {
  BY_HUMAN,
  BY_MACHINE,
  BY_NOBODY,
  NONE,
  OUTCOME_ANSWERED,
  OUTCOME_CANCELLED,
  OUTCOME_NO_ANSWER,
  type SalesfinityDataset,
} from './dataset.ts';
import {
  HOSTILE_POSITIONS,
  MISSING_RECORDING,
  MISSING_RECORDING_AT,
  MISSING_RECORDING_EVERY,
  NO_QUIRK,
  malformedKind,
} from './quirks.ts';
import { usLocalDay, usWallToUtc } from './us-time.ts';

/** Share of a rep's dials per local hour: 8:00–18:00, busiest mid-morning and mid-afternoon. */
const HOUR_WEIGHTS = cumulative([
  0, 0, 0, 0, 0, 0, 0, 0.1, 0.8, 1.3, 1.4, 1.1, 0.6, 0.9, 1.3, 1.4, 1.1, 0.6, 0.15, 0.02, 0, 0, 0, 0,
]);
/** Per local weekday, Sunday first. */
const DAY_WEIGHTS = [0.01, 1, 1.05, 1.05, 1, 0.8, 0.04];
const UK_LISTS = [2];
const HOSTILE_DISPOSITION = 5; // Answered – Call back later

/** ~30k calls in well under a second: typed arrays, one PRNG pass, one sort of positions by time. */
export function generateSalesfinity({
  nowMs: rawNow,
  seed,
  count,
  trickle = 0,
  clock = NO_CUTOFF,
}: GenerateOptions): SalesfinityDataset {
  const total = count + trickle;
  const nowMs = Math.floor(rawNow / 1000) * 1000;
  const catalog = buildCatalog(seed, nowMs);
  const contacts = buildContacts(seed, Math.max(100, Math.round(count / 3)), catalog.lists.length, UK_LISTS);
  const rng = mulberry32(hash32(seed, 0x5a1f));
  const outboundWeights = cumulative(catalog.dispositions.map((d) => d.weight));
  const inboundWeights = cumulative(catalog.dispositions.map((d) => (d.kind === 'human' ? d.weight : 0)));

  // Draw every call in a scratch layout, then lay the arrays out newest first.
  const created = new Float64Array(total);
  const user = new Uint8Array(total);
  for (let i = 0; i < count; i++) {
    const u = Math.floor(rng() * catalog.users.length);
    user[i] = u;
    created[i] = callTime(rng, nowMs, at(catalog.users, u).std);
  }
  // The trickle (README): flat over the hours after now, drawn after the 90 days so those stay as they were.
  for (let i = count; i < total; i++) {
    user[i] = Math.floor(rng() * catalog.users.length);
    created[i] = trickleTime(rng, nowMs);
  }
  const order = new Uint32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  order.sort((a, b) => (created[b] ?? 0) - (created[a] ?? 0) || a - b);

  const ds: SalesfinityDataset = {
    seed,
    nowMs,
    count: total,
    clock,
    catalog,
    contacts,
    callIds: uuidCodec(seed, 0xca11),
    createdMs: new Float64Array(total),
    ringSec: new Uint8Array(total),
    duration: new Uint16Array(total),
    user: new Uint8Array(total),
    contact: new Uint32Array(total),
    disposition: new Uint8Array(total).fill(NONE),
    outcome: new Uint8Array(total),
    answeredBy: new Uint8Array(total),
    inbound: new Uint8Array(total),
    recording: new Uint8Array(total),
    completed: new Uint8Array(total).fill(1),
    sequence: new Uint8Array(total).fill(NONE),
    quirk: new Uint8Array(total),
    recSeed: new Uint32Array(total),
  };
  for (let i = 0; i < total; i++) {
    const from = order[i] ?? 0;
    ds.createdMs[i] = created[from] ?? nowMs;
    ds.user[i] = user[from] ?? 0;
    // Quirks sit at positions of the 90 days, so the trickle leaves them on the first pages at start.
    fillCall(ds, i, i - trickle, rng, catalog, outboundWeights, inboundWeights);
  }
  return ds;
}

/** A dial by a rep in business hours of their zone, over the last 90 days (never after now). */
function callTime(rng: Rng, nowMs: number, std: number): number {
  for (let attempt = 0; attempt < 20; attempt++) {
    const day = nowMs - Math.floor(rng() * 90) * DAY_MS;
    const { wallMidnight, weekday } = usLocalDay(day, std);
    if (rng() > (DAY_WEIGHTS[weekday] ?? 1) / 1.05) continue;
    const wall = wallMidnight + pickWeighted(rng, HOUR_WEIGHTS) * HOUR_MS + Math.floor(rng() * 3600) * 1000;
    const utc = usWallToUtc(wall, std);
    if (utc <= nowMs && utc >= nowMs - 90 * DAY_MS) return utc;
  }
  return nowMs - Math.floor(rng() * 90 * DAY_MS);
}

function fillCall(
  ds: SalesfinityDataset,
  i: number,
  /** Position among the 90 days (negative: a trickle record, no quirk). */
  q: number,
  rng: Rng,
  catalog: Catalog,
  outboundWeights: Float64Array,
  inboundWeights: Float64Array,
): void {
  const hostile = q < 0 ? undefined : HOSTILE_POSITIONS.get(q);
  const inbound = hostile === undefined && rng() < 0.03;
  const d =
    hostile !== undefined
      ? HOSTILE_DISPOSITION
      : pickWeighted(rng, inbound ? inboundWeights : outboundWeights);
  const disposition = at(catalog.dispositions, d);
  const own = Math.floor(ds.contacts.count * rng() ** 1.2);
  const shared = sharedCustomerOf(ds.seed, 0xca11, i, SHARED_CONTACTS.length);
  const contact = shared >= 0 ? ds.contacts.count + shared : own;
  ds.contact[i] = contact;
  ds.inbound[i] = inbound ? 1 : 0;
  ds.recSeed[i] = Math.floor(rng() * 4294967296);
  // Most calls run in their list's sequence; some are dialed by hand.
  if (rng() < 0.75) ds.sequence[i] = at(catalog.lists, ds.contacts.list[contact] ?? 0).sequence;
  const kind = disposition.kind;
  ds.outcome[i] =
    kind === 'human' || kind === 'machine'
      ? OUTCOME_ANSWERED
      : kind === 'cancelled'
        ? OUTCOME_CANCELLED
        : OUTCOME_NO_ANSWER;
  ds.answeredBy[i] = kind === 'human' ? BY_HUMAN : kind === 'machine' ? BY_MACHINE : BY_NOBODY;
  ds.duration[i] = intBetween(rng, disposition.seconds[0], disposition.seconds[1]);
  ds.ringSec[i] = kind === 'cancelled' ? intBetween(rng, 1, 8) : intBetween(rng, 4, 28);
  const talked = ds.duration[i] > 0 && (kind === 'human' || kind === 'machine');
  ds.recording[i] = talked && (hostile !== undefined || rng() < 0.96) ? 1 : 0;
  // Not every call gets a disposition: a parallel dialer's cancelled and unanswered lines often stay blank.
  const blank = hostile === undefined && (kind === 'cancelled' || kind === 'none') && rng() < 0.08;
  ds.disposition[i] = blank ? NONE : d;
  if (hostile === undefined && rng() < 0.005) {
    // Left open: the rep never wrapped the call up.
    ds.completed[i] = 0;
    ds.disposition[i] = NONE;
  }
  const malformed = q < 0 ? NO_QUIRK : malformedKind(q);
  if (hostile !== undefined) ds.quirk[i] = hostile;
  else if (malformed !== NO_QUIRK) ds.quirk[i] = malformed;
  else if (ds.recording[i] === 1 && q >= 0 && q % MISSING_RECORDING_EVERY === MISSING_RECORDING_AT)
    ds.quirk[i] = MISSING_RECORDING;
}
