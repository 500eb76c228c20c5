import type { ProviderRequest } from '../adapter.ts';
import type { LogEntry } from '../../logs/log-entry.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { CALL_DETAIL_PATH, DERIVED_ID_PREFIX, WHATSAPP_DETAIL_PATH } from './constants.ts';
import { describeIssues, str } from '../common/lenient.ts';
import { UnexpectedResponseError } from './list.ts';
import { normalizeRecord } from './normalize.ts';
import { dispositionLabel } from './outcomes.ts';
import { callDetailSchema, whatsappDetailSchema } from './detail-schemas.ts';

/** The provider's own id of a log (derived ids have no detail page). */
function providerId(raw: unknown, field: 'call_id' | 'message_id'): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const v = (raw as Record<string, unknown>)[field];
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

export function detailRequest(entry: LogEntry): ProviderRequest | null {
  if (entry.channel === 'call') {
    const id = providerId(entry.raw, 'call_id');
    return id === null ? null : { path: `${CALL_DETAIL_PATH}/${encodeURIComponent(id)}`, params: [] };
  }
  if (entry.channel === 'whatsapp') {
    const id = providerId(entry.raw, 'message_id');
    return id === null ? null : { path: `${WHATSAPP_DETAIL_PATH}/${encodeURIComponent(id)}`, params: [] };
  }
  return null;
}

/** Nested objects merge field by field: a detail value wins unless it is null. */
function mergeObject<T extends object>(list: T, detail: T): T {
  const out = { ...list };
  for (const key of Object.keys(detail) as Array<keyof T>) {
    if (detail[key] !== null) out[key] = detail[key];
  }
  return out;
}

/**
 * The entry enriched by its detail page. The list's id, raw record and labels are kept: the detail
 * shows dispositions as snake_case values (`promise_to_pay`) where the list has the label.
 */
export function parseDetail(body: unknown, entry: LogEntry, source: SourceInfo): LogEntry {
  const schema = entry.channel === 'whatsapp' ? whatsappDetailSchema : callDetailSchema;
  const envelope = schema.safeParse(body);
  if (!envelope.success) {
    throw new UnexpectedResponseError(
      `timepay's detail of this log is unreadable (${describeIssues(envelope.error)})`,
    );
  }
  const detailed = normalizeRecord({ type: entry.channel, ...(body as { data: object }).data }, 0, source);
  if ('kind' in detailed)
    throw new UnexpectedResponseError(`timepay's detail of this log is invalid (${detailed.reason})`);
  if (detailed.channel !== entry.channel)
    throw new UnexpectedResponseError("timepay's detail is of another channel");

  const dispositionName =
    entry.disposition.name ??
    (detailed.disposition.name === null ? null : dispositionLabel(detailed.disposition.name));
  const merged: LogEntry = {
    ...mergeObject(entry, detailed),
    id: entry.id,
    raw: entry.raw,
    // Status and outcome stay paired with the raw label they came from.
    status: entry.statusRaw !== null ? entry.status : detailed.status,
    statusRaw: entry.statusRaw ?? detailed.statusRaw,
    outcome: entry.outcomeRaw !== null ? entry.outcome : detailed.outcome,
    outcomeRaw: entry.outcomeRaw ?? detailed.outcomeRaw,
    customer: mergeObject(entry.customer, detailed.customer),
    campaign: mergeObject(entry.campaign, detailed.campaign),
    agent: mergeObject(entry.agent, detailed.agent),
    disposition: { id: detailed.disposition.id ?? entry.disposition.id, name: dispositionName },
    recordings: detailed.recordings.length > 0 ? detailed.recordings : entry.recordings,
  };
  if (merged.channel === 'whatsapp' && detailed.channel === 'whatsapp' && entry.channel === 'whatsapp') {
    const data = envelope.data.data;
    merged.templateName = ('template_name' in data ? str(data.template_name) : null) ?? entry.templateName;
    merged.conversation = detailed.conversation.length > 0 ? detailed.conversation : entry.conversation;
    merged.deliveryErrors =
      detailed.deliveryErrors.length > 0 ? detailed.deliveryErrors : entry.deliveryErrors;
  }
  return merged;
}

/** A log known only by its id (a pasted `log=` link): try it as a call, then as a WhatsApp message. */
export function lookupRequests(id: string): ProviderRequest[] {
  // Derived ids are ours: timepay cannot look them up.
  if (id.startsWith(DERIVED_ID_PREFIX) || id.trim() === '') return [];
  const segment = encodeURIComponent(id);
  return [
    { path: `${CALL_DETAIL_PATH}/${segment}`, params: [] },
    { path: `${WHATSAPP_DETAIL_PATH}/${segment}`, params: [] },
  ];
}

/** The entry of a detail page reached by `lookupRequests`; null when the body holds no usable log. */
export function parseLookup(body: unknown, source: SourceInfo): LogEntry | null {
  if (typeof body !== 'object' || body === null) return null;
  const data = (body as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return null;
  const entry = normalizeRecord(data, 0, source);
  if ('kind' in entry) return null;
  if (entry.channel === 'whatsapp') {
    const template = (data as { template_name?: unknown }).template_name;
    if (typeof template === 'string' && template.trim() !== '') entry.templateName = template.trim();
  }
  // The detail shows snake_case dispositions; the table and filters use labels.
  return entry.disposition.name === null
    ? entry
    : { ...entry, disposition: { ...entry.disposition, name: dispositionLabel(entry.disposition.name) } };
}
