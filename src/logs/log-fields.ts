import type { LogEntry } from './log-entry.ts';
import { explainMetaError } from './meta-errors.ts';
import { outcomeLabel, statusLabel } from './outcome-labels.ts';
import { displayPhone } from './phone-display.ts';
import { isValidTimeZone, toZonedIso, zoneOffsetMinutes } from './time.ts';

/** How a field's text is made: the display zone and the source's country (national phone format). */
export interface FieldFormat {
  zone: string;
  country: string;
  /** The label of the entry's source (the Source column of a merged view); its id when not given. */
  sourceLabel?: string;
}

/**
 * One column of the log table as plain text: the same id (the `cols` URL value), header and wording the
 * table shows, without markup. Pure, so the export writes it and the table can adopt it.
 */
export interface LogField {
  id: string;
  label: string;
  /** '' where the table shows a dash (nothing known). */
  text(entry: LogEntry, format: FieldFormat): string;
}

/** `2026-11-20T17:30:00+05:30`: an instant as ISO 8601 in `zone`, with that zone's offset at the instant. */
export function isoWithOffset(ms: number, zone: string): string {
  const z = isValidTimeZone(zone) ? zone : 'UTC';
  const offset = zoneOffsetMinutes(z, ms);
  const minutes = Number.isNaN(offset) ? 0 : offset;
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${toZonedIso(ms, z)}${sign}${hh}:${mm}`;
}

/** 75 → "1:15"; 3725 → "1:02:05" (as the Duration column shows it). */
export function durationText(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

export const channelText: Readonly<Record<LogEntry['channel'], string>> = {
  call: 'Call',
  whatsapp: 'WhatsApp',
  sms: 'SMS',
};

// As the table formats it: an entry exists only once an adapter (and with it phone.ts) has loaded.
const phoneText = (value: string | null, country: string) => (value ? displayPhone(value, country) : '');

/** The outcome, and the provider's own word after it when it says something else (as the table does). */
export function outcomeText(entry: LogEntry): string {
  const label = outcomeLabel[entry.outcome];
  const said = (raw: string | null) =>
    raw !== null && raw.toLowerCase() !== label.toLowerCase() && raw !== entry.disposition.name;
  const raw = [entry.outcomeRaw, entry.statusRaw].find(said) ?? null;
  return raw === null ? label : `${label} (${raw})`;
}

/** A delivery error's code and what it means: Meta's explainer title for a known code, else the provider's. */
export function errorParts(entry: LogEntry): { code: string; meaning: string; detail: string }[] {
  if (entry.channel !== 'whatsapp') return [];
  return entry.deliveryErrors.map((e) => {
    const known = explainMetaError(e.code);
    return {
      code: e.code === null ? '' : String(e.code),
      meaning: known?.title ?? e.title ?? e.message ?? '',
      detail: known ? `${known.meaning} ${known.action}` : (e.details ?? e.message ?? ''),
    };
  });
}

/** "131026 Message undeliverable" (several: joined by "; "); '' for a log without delivery errors. */
export function errorText(entry: LogEntry): string {
  return errorParts(entry)
    .map((p) => [p.code, p.meaning].filter(Boolean).join(' '))
    .join('; ');
}

/** The grouping key of a log in the breakdown by error code: its first error's code ('' when none). */
export function errorCodeOf(entry: LogEntry): string {
  return errorParts(entry)[0]?.code ?? '';
}

/** Every column, in the table's default order. */
export const logFields: readonly LogField[] = [
  {
    id: 'time',
    label: 'Started',
    text: (e, f) => (e.startedAt === null ? '' : isoWithOffset(e.startedAt, f.zone)),
  },
  { id: 'channel', label: 'Channel', text: (e) => channelText[e.channel] },
  { id: 'customer', label: 'Customer', text: (e) => e.customer.name ?? '' },
  {
    id: 'phone',
    label: 'Phone',
    text: (e, f) => phoneText(e.customer.phone ?? e.customer.phoneRaw, f.country),
  },
  { id: 'campaign', label: 'Campaign', text: (e) => e.campaign.name ?? '' },
  { id: 'outcome', label: 'Outcome', text: outcomeText },
  { id: 'status', label: 'Status', text: (e) => e.statusRaw ?? statusLabel[e.status] },
  { id: 'disposition', label: 'Disposition', text: (e) => e.disposition.name ?? '' },
  { id: 'duration', label: 'Duration', text: (e) => durationText(e.durationSec) },
  { id: 'agent', label: 'Agent', text: (e) => e.agent.name ?? e.agent.id ?? '' },
  { id: 'direction', label: 'Direction', text: (e) => e.direction },
  { id: 'business', label: 'Business number', text: (e, f) => phoneText(e.businessNumber, f.country) },
  { id: 'source', label: 'Source', text: (e, f) => f.sourceLabel ?? e.sourceId },
  { id: 'error', label: 'Error', text: errorText },
];

/** The columns a view shows when its URL names none (the table's defaults). */
export const defaultFieldIds: readonly string[] = [
  'time',
  'channel',
  'customer',
  'phone',
  'campaign',
  'outcome',
  'disposition',
  'duration',
];

/** A merged view's defaults: the source of each row next to its time. */
export const mergedDefaultFieldIds: readonly string[] = ['time', 'source', ...defaultFieldIds.slice(1)];

/**
 * The defaults of a view: WhatsApp alone (`channel=whatsapp`) shows the Error of each message where a
 * call's Disposition and Duration would be (always empty for messages).
 */
export function defaultFieldIdsFor(merged: boolean, channels: readonly string[] = []): readonly string[] {
  const base = merged ? mergedDefaultFieldIds : defaultFieldIds;
  const whatsapp = channels.length > 0 && channels.every((c) => c === 'whatsapp');
  return whatsapp ? [...base.filter((id) => id !== 'disposition' && id !== 'duration'), 'error'] : base;
}

/** The fields of `cols` in that order (unknown ids dropped; none known: the defaults of the view). */
export function visibleFields(
  ids: readonly string[] | null,
  merged = false,
  channels: readonly string[] = [],
): LogField[] {
  const pick = (wanted: readonly string[]) =>
    wanted.flatMap((id) => logFields.filter((field) => field.id === id));
  const known = pick(ids ?? []);
  return known.length > 0 ? known : pick(defaultFieldIdsFor(merged, channels));
}
