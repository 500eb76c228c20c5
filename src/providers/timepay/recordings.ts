import type { RecordingRef } from '../../logs/log-entry.ts';
import { RECORDINGS_PATH } from './constants.ts';

/** A recording streams through the proxy: GET /api/v1/recordings/{recording_id} (audio/mpeg or wav). */
export function recordingRef(recordingId: string): RecordingRef {
  return { kind: 'proxy', id: recordingId, path: `${RECORDINGS_PATH}/${encodeURIComponent(recordingId)}` };
}
