import { firstVisible } from '../../../clock.ts';
import { CALL } from '../data/codes.ts';
import type { TimepayDataset } from '../data/dataset.ts';
import { SHAPE_BLANK, SHAPE_SPARSE } from '../data/dataset.ts';
import { MISSING_RECORDING, NO_QUIRK, QUIRK_NAMES } from '../data/quirks.ts';
import { typeName } from './record-fields.ts';

/** What `/__sandbox/quirks` shows: where the odd records are, so tests and people can find them. */
export function describeQuirks(ds: TimepayDataset): Record<string, unknown> {
  const malformed: unknown[] = [];
  const hostile: unknown[] = [];
  const missingRecordings: unknown[] = [];
  let sparse = 0;
  let blank = 0;
  // With the trickle, only the records started by now, positioned as the list shows them now.
  const first = firstVisible(ds.startMs, ds.clock);
  for (let i = first; i < ds.count; i++) {
    const quirk = ds.quirk[i] ?? NO_QUIRK;
    if (ds.shape[i] === SHAPE_SPARSE) sparse++;
    if (ds.shape[i] === SHAPE_BLANK) blank++;
    if (quirk === NO_QUIRK) continue;
    const id = ds.type[i] === CALL ? ds.ids.call.encode(i) : ds.ids.message.encode(i);
    const entry = {
      position: i - first,
      page: Math.floor((i - first) / 10) + 1,
      type: typeName(ds, i),
      id,
      quirk: QUIRK_NAMES[quirk],
    };
    if (quirk === MISSING_RECORDING)
      missingRecordings.push({ ...entry, recording_id: ds.ids.recording.encode(i) });
    else if (quirk >= 10) hostile.push(entry);
    else malformed.push(entry);
  }
  return { count: ds.count - first, malformed, hostile, missingRecordings, shapes: { sparse, blank } };
}
