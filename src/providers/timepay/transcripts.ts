import type { ProviderRequest, TranscriptTurn } from '../adapter.ts';
import { TRANSCRIPT_PATH } from './constants.ts';
import { describeIssues, str } from '../common/lenient.ts';
import { UnexpectedResponseError } from './list.ts';
import { transcriptSchema } from './detail-schemas.ts';

export function transcriptRequest(transcriptId: string): ProviderRequest {
  return { path: `${TRANSCRIPT_PATH}/${encodeURIComponent(transcriptId)}`, params: [] };
}

const AGENT = new Set(['bot', 'agent', 'ai', 'assistant']);
const CUSTOMER = new Set(['human', 'user', 'customer']);

/** `{success, data:[{speaker: HUMAN|BOT, message}]}` → turns; text may be Hindi, English or mixed. */
export function parseTranscript(body: unknown): TranscriptTurn[] {
  const r = transcriptSchema.safeParse(body);
  if (!r.success)
    throw new UnexpectedResponseError(`timepay's transcript is unreadable (${describeIssues(r.error)})`);
  return r.data.data.map((turn) => {
    const raw = str(turn.speaker) ?? '';
    const key = raw.toLowerCase();
    const speaker = AGENT.has(key) ? 'agent' : CUSTOMER.has(key) ? 'customer' : 'unknown';
    return { speaker, speakerRaw: raw, text: turn.message ?? '' };
  });
}
