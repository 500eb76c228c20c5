import { firstVisible } from '../../../clock.ts';
import type { SalesfinityDataset } from '../data/dataset.ts';
import { MISSING_RECORDING, NO_QUIRK, QUIRK_NAMES } from '../data/quirks.ts';
import { callSid } from './call-log-record.ts';

/** What `/__sandbox/quirks` shows: where the odd records are (default order, `limit` 50 pages). */
export function describeQuirks(ds: SalesfinityDataset): Record<string, unknown> {
  const malformed: unknown[] = [];
  const hostile: unknown[] = [];
  const missingRecordings: unknown[] = [];
  let withControlChars = 0;
  // With the trickle, only the records started by now, positioned as the list shows them now.
  const first = firstVisible(ds.createdMs, ds.clock);
  for (let i = first; i < ds.count; i++) {
    if (ds.recording[i] === 1 && ds.answeredBy[i] !== 0 && (ds.recSeed[i] ?? 0) % 7 === 0) withControlChars++;
    const quirk = ds.quirk[i] ?? NO_QUIRK;
    if (quirk === NO_QUIRK) continue;
    const entry = {
      position: i - first,
      pageOf50: Math.floor((i - first) / 50) + 1,
      call_id: callSid(ds, i),
      quirk: QUIRK_NAMES[quirk],
    };
    if (quirk === MISSING_RECORDING) missingRecordings.push(entry);
    else if (quirk >= 10) hostile.push(entry);
    else malformed.push(entry);
  }
  return {
    count: ds.count - first,
    malformed,
    hostile,
    missingRecordings,
    transcriptionsWithControlChars: withControlChars,
  };
}
