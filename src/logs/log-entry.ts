import { z } from './zod-mini.ts';

/** Providers Switchboard knows; a source is one configured account of one provider. */
export const providerIdSchema = z.enum(['timepay', 'salesfinity', 'unpod', 'convoso']);
export type ProviderId = z.infer<typeof providerIdSchema>;

export const channelSchema = z.enum(['call', 'whatsapp', 'sms']);
export type Channel = z.infer<typeof channelSchema>;

export const directionSchema = z.enum(['inbound', 'outbound', 'unknown']);
export type Direction = z.infer<typeof directionSchema>;

/** Where a log stands in its life, across providers. The provider's own label is kept beside it. */
export const logStatusSchema = z.enum([
  'completed',
  'no_contact',
  'failed',
  'in_progress',
  'pending',
  'unknown',
]);
export type LogStatus = z.infer<typeof logStatusSchema>;

/** What came of the contact, across providers. */
export const outcomeSchema = z.enum([
  'answered',
  'no_answer',
  'voicemail',
  'busy',
  'failed',
  'cancelled',
  'accepted',
  'delivered',
  'read',
  'unknown',
]);
export type Outcome = z.infer<typeof outcomeSchema>;

/** Recordings are fetched through the proxy (`proxyPath`, relative to the source) or are public URLs. */
export const recordingRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('proxy'), id: z.string(), path: z.string() }),
  z.object({ kind: z.literal('url'), id: z.string(), url: z.string() }),
]);
export type RecordingRef = z.infer<typeof recordingRefSchema>;

export const transcriptRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ref'), id: z.string() }),
  z.object({ kind: z.literal('text'), text: z.string() }),
]);
export type TranscriptRef = z.infer<typeof transcriptRefSchema>;

export const chatMessageSchema = z.object({
  role: z.enum(['assistant', 'user']),
  content: z.string(),
  /** UTC epoch milliseconds, or null when the provider gave none. */
  at: z.nullable(z.number()),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

/** A WhatsApp delivery error as Meta reports it (timepay passes these through). */
export const deliveryErrorSchema = z.object({
  code: z.nullable(z.number()),
  title: z.nullable(z.string()),
  message: z.nullable(z.string()),
  href: z.nullable(z.string()),
  details: z.nullable(z.string()),
});
export type DeliveryError = z.infer<typeof deliveryErrorSchema>;

const idLabel = z.object({ id: z.nullable(z.string()), name: z.nullable(z.string()) });

// Fields every entry has. A schema extended per channel (not an object spread into each): pure calls the
// bundler can drop, since the browser only builds entries and never parses one.
const baseEntrySchema = z.object({
  sourceId: z.string(),
  provider: providerIdSchema,
  /** Stable within the source; unique across sources together with sourceId (see `logKey`). */
  id: z.string(),
  direction: directionSchema,
  /** The business side's number, E.164 when it could be parsed, else as given. */
  businessNumber: z.nullable(z.string()),
  customer: z.object({
    name: z.nullable(z.string()),
    /** E.164 when it could be parsed, else null (the raw form is in `phoneRaw`). */
    phone: z.nullable(z.string()),
    phoneRaw: z.nullable(z.string()),
    loanId: z.nullable(z.string()),
    leadId: z.nullable(z.string()),
  }),
  campaign: idLabel,
  agent: idLabel,
  status: logStatusSchema,
  statusRaw: z.nullable(z.string()),
  outcome: outcomeSchema,
  outcomeRaw: z.nullable(z.string()),
  disposition: idLabel,
  /** UTC epoch milliseconds. */
  startedAt: z.nullable(z.number()),
  endedAt: z.nullable(z.number()),
  durationSec: z.nullable(z.number()),
  recordings: z.array(recordingRefSchema),
  transcript: z.nullable(transcriptRefSchema),
  summary: z.nullable(z.string()),
  extracted: z.nullable(z.record(z.string(), z.unknown())),
  /** The provider's record, untouched. */
  raw: z.unknown(),
});

export const callEntrySchema = z.extend(baseEntrySchema, { channel: z.literal('call') });
export const whatsappEntrySchema = z.extend(baseEntrySchema, {
  channel: z.literal('whatsapp'),
  wamid: z.nullable(z.string()),
  templateName: z.nullable(z.string()),
  conversation: z.array(chatMessageSchema),
  deliveryErrors: z.array(deliveryErrorSchema),
});
export const smsEntrySchema = z.extend(baseEntrySchema, { channel: z.literal('sms') });

export const logEntrySchema = z.discriminatedUnion('channel', [
  callEntrySchema,
  whatsappEntrySchema,
  smsEntrySchema,
]);
export type LogEntry = z.infer<typeof logEntrySchema>;
export type CallEntry = z.infer<typeof callEntrySchema>;
export type WhatsappEntry = z.infer<typeof whatsappEntrySchema>;
export type SmsEntry = z.infer<typeof smsEntrySchema>;

/** A provider record that failed validation: counted and shown, never allowed to fail its page. */
export interface InvalidRecord {
  kind: 'invalid';
  sourceId: string;
  /** Position within the provider's page. */
  index: number;
  reason: string;
  raw: unknown;
}

/** The id used in the URL (`log=`): unique across sources. */
export function logKey(entry: Pick<LogEntry, 'sourceId' | 'id'>): string {
  return `${entry.sourceId}:${entry.id}`;
}
