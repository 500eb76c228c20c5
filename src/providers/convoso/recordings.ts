import type { RecordingRef } from '../../logs/log-entry.ts';
import { str } from '../common/lenient.ts';
import type { Recording } from './schemas.ts';
import { idOf } from './ids.ts';

/** Only absolute http(s) URLs play in the browser; anything else (javascript:, paths) is dropped. */
function httpUrl(v: string | null | undefined): string | null {
  const s = str(v);
  if (s === null) return null;
  const c = s.charCodeAt(4);
  // `http:` or `https:` (any case), without a URL parse per record.
  if (s.length < 8 || s.slice(0, 4).toLowerCase() !== 'http') return null;
  if (c === 58) return s.slice(5, 7) === '//' ? s : null;
  if ((c === 115 || c === 83) && s.charCodeAt(5) === 58) return s.slice(6, 8) === '//' ? s : null;
  return null;
}

/**
 * Convoso's recordings are public URLs: `public_url` first, `src` when it has none (both documented as
 * playable). Several per call (paused and resumed recordings); those without a usable URL are dropped.
 */
export function recordingRefs(recordings: readonly Recording[] | null | undefined): RecordingRef[] {
  const out: RecordingRef[] = [];
  if (!recordings) return out;
  for (let k = 0; k < recordings.length; k++) {
    const r = recordings[k] as Recording;
    const url = httpUrl(r.public_url) ?? httpUrl(r.src);
    if (url === null) continue;
    out.push({ kind: 'url', id: idOf(r.recording_id) ?? str(r.filename) ?? String(k + 1), url });
  }
  return out;
}
