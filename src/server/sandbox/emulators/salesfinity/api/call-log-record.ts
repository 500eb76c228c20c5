import { isVisible } from '../../../clock.ts';
import { at } from '../../../prng.ts';
import { BY_HUMAN, BY_MACHINE, NONE, OUTCOMES, type SalesfinityDataset } from '../data/dataset.ts';
import {
  HOSTILE_BIDI,
  HOSTILE_BIDI_SUMMARY,
  HOSTILE_IMG,
  HOSTILE_IMG_NOTES,
  HOSTILE_JS,
  HOSTILE_JS_URL,
  HOSTILE_SCRIPT,
  HOSTILE_SCRIPT_NAME,
  MALFORMED_CONTACT,
  MALFORMED_DURATION,
  MALFORMED_STARTED_AT,
} from '../data/quirks.ts';
import { notes, summary, transcription } from '../text/call-texts.ts';

type Json = Record<string, unknown>;

export const MEDIA_PREFIX = '/salesfinity-media/recordings/';

const iso = (ms: number): string => new Date(ms).toISOString();

/** `CA` + 32 hex digits (a Twilio-style call sid) that decodes back to the position. */
export function callSid(ds: SalesfinityDataset, i: number): string {
  return `CA${ds.callIds.encode(i).replace(/-/g, '')}`;
}

export function positionOfSid(ds: SalesfinityDataset, sid: string): number | null {
  const m = /^CA([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})$/.exec(sid);
  if (!m) return null;
  const i = ds.callIds.decode(m.slice(1).join('-'));
  // A call the trickle has not reached yet does not exist yet.
  return i !== null && i < ds.count && isVisible(ds.createdMs, i, ds.clock) ? i : null;
}

/** Mongo-style `_id`: createdAt's seconds, then the position scrambled with the seed. */
function objectIdOf(ds: SalesfinityDataset, i: number): string {
  const sec = Math.floor((ds.createdMs[i] ?? 0) / 1000);
  return (
    sec.toString(16).padStart(8, '0') +
    ((ds.seed ^ 0x5a1e5f17) >>> 0).toString(16).padStart(8, '0') +
    ((i * 0x9e3779b1) >>> 0).toString(16).padStart(8, '0')
  );
}

/** The position behind an `_id` (`GET /v1/call-log/{id}`), or null when it names no visible call. */
export function positionOfObjectId(ds: SalesfinityDataset, id: string): number | null {
  if (!/^[0-9a-f]{24}$/.test(id)) return null;
  // 0x0e8b2f51 is the inverse of 0x9e3779b1 modulo 2^32.
  const i = Math.imul(parseInt(id.slice(16), 16), 0x0e8b2f51) >>> 0;
  if (i >= ds.count || objectIdOf(ds, i) !== id) return null;
  return isVisible(ds.createdMs, i, ds.clock) ? i : null;
}

/** One `/call-log` record as the docs list its fields; `origin` is `http://host` for recording URLs. */
export function callLogRecord(ds: SalesfinityDataset, i: number, origin: string): Json {
  const c = ds.contact[i] ?? 0;
  const contacts = ds.contacts;
  const user = at(ds.catalog.users, ds.user[i] ?? 0);
  const list = at(ds.catalog.lists, contacts.list[c] ?? 0);
  const d = ds.disposition[i] ?? NONE;
  const disposition = d === NONE ? null : at(ds.catalog.dispositions, d);
  const inbound = ds.inbound[i] === 1;
  const created = ds.createdMs[i] ?? 0;
  const started = created + (inbound ? 0 : 1000);
  const duration = ds.duration[i] ?? 0;
  const ended = started + ((ds.ringSec[i] ?? 0) + duration) * 1000;
  const talked = ds.answeredBy[i] === BY_HUMAN || ds.answeredBy[i] === BY_MACHINE;
  const sid = callSid(ds, i);
  const record: Json = {
    _id: objectIdOf(ds, i),
    call_id: sid,
    outcome: OUTCOMES[ds.outcome[i] ?? 0],
    direction: inbound ? 'inbound' : 'outbound',
    answered_by:
      ds.answeredBy[i] === BY_HUMAN ? 'human' : ds.answeredBy[i] === BY_MACHINE ? 'machine_start' : null,
    duration,
    to: inbound ? user.number : contacts.phone[c],
    from: inbound ? contacts.phone[c] : user.number,
    disposition:
      disposition === null
        ? null
        : {
            internal_id: disposition.id,
            external_id: disposition.crm?.[0] ?? null,
            external_name: disposition.crm?.[1] ?? null,
          },
    contact: {
      _id: contacts.ids[c],
      first_name: contacts.first[c],
      last_name: contacts.last[c],
      company: contacts.company[c],
      title: contacts.title[c] ?? null,
      phone: contacts.phone[c],
      email: contacts.email[c],
    },
    contact_list: { _id: list._id, name: list.name },
    user: { _id: user._id, email: user.email, first_name: user.first_name, last_name: user.last_name },
    recording_url: ds.recording[i] === 1 ? `${origin}${MEDIA_PREFIX}${sid}.wav` : null,
    notes: notes(ds, i),
    transcription: talked && ds.recording[i] === 1 ? transcription(ds, i) : null,
    summary: summary(ds, i),
    is_completed: ds.completed[i] === 1,
    started_at: iso(started),
    ended_at: ds.completed[i] === 1 ? iso(ended) : null,
    createdAt: iso(created),
    updatedAt: iso(ended + 5000 + ((ds.recSeed[i] ?? 0) % 115) * 1000),
  };
  applyQuirk(record, ds.quirk[i] ?? 0);
  return record;
}

function applyQuirk(record: Json, quirk: number): void {
  const contact = record.contact as Json;
  if (quirk === HOSTILE_SCRIPT_NAME) contact.first_name = HOSTILE_SCRIPT;
  else if (quirk === HOSTILE_IMG_NOTES) record.notes = HOSTILE_IMG;
  else if (quirk === HOSTILE_JS_URL) {
    record.recording_url = HOSTILE_JS;
    contact.company = HOSTILE_JS;
  } else if (quirk === HOSTILE_BIDI_SUMMARY) record.summary = HOSTILE_BIDI;
  else if (quirk === MALFORMED_STARTED_AT) record.started_at = 'not-a-date';
  else if (quirk === MALFORMED_DURATION) record.duration = 'abc';
  else if (quirk === MALFORMED_CONTACT) record.contact = 'n/a';
}
