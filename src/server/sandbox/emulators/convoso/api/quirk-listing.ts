import { firstVisible } from '../../../clock.ts';
import { callId, recordingId } from '../data/call-ids.ts';
import type { ConvosoDataset } from '../data/dataset.ts';
import { MISSING_RECORDING, NO_QUIRK, QUIRK_NAMES, SRC_ONLY_RECORDING } from '../data/quirks.ts';

/** What `/__sandbox/quirks` shows: where the odd records are (position and page at limit 100, newest first). */
export function describeQuirks(ds: ConvosoDataset): Record<string, unknown> {
  const malformed: unknown[] = [];
  const hostile: unknown[] = [];
  const missingRecordings: unknown[] = [];
  let srcOnly = 0;
  // With the trickle, only the records started by now, positioned as the list shows them now.
  const first = firstVisible(ds.startMs, ds.clock);
  for (let i = first; i < ds.count; i++) {
    const quirk = ds.quirk[i] ?? NO_QUIRK;
    if (quirk === NO_QUIRK) continue;
    if (quirk === SRC_ONLY_RECORDING) {
      srcOnly++;
      continue;
    }
    const entry = {
      position: i - first,
      page: Math.floor((i - first) / 100) + 1,
      id: callId(ds.seed, ds.count, i),
      quirk: QUIRK_NAMES[quirk],
    };
    if (quirk === MISSING_RECORDING)
      missingRecordings.push({ ...entry, recording_id: recordingId(ds.count, i, 0) });
    else if (quirk >= 10) hostile.push(entry);
    else malformed.push(entry);
  }
  return {
    count: ds.count - first,
    pageSize: 100,
    malformed,
    hostile,
    missingRecordings,
    srcOnlyRecordings: srcOnly,
  };
}
