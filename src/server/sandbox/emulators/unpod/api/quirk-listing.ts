import { firstVisible } from '../../../clock.ts';
import type { IdCodec } from '../../../reversible-id.ts';
import { NEWER_DOC, OLDER_DOC } from '../data/codes.ts';
import type { UnpodDataset } from '../data/generate-unpod.ts';
import { NO_QUIRK, QUIRK_NAMES } from '../data/quirks.ts';
import { DEFAULT_PAGE_SIZE } from '../constants.ts';

/** What `/__sandbox/quirks` shows for unpod: where the odd records are, and where the format changes. */
export function describeQuirks(ds: UnpodDataset, ids: IdCodec): Record<string, unknown> {
  const malformed: unknown[] = [];
  const hostile: unknown[] = [];
  let older = 0;
  let newer = 0;
  // Newest first: the mixed band runs from the first older record to the last newer one.
  let firstOlder = -1;
  let lastNewer = -1;
  // With the trickle, only the records started by now, positioned as the list shows them now.
  const first = firstVisible(ds.createdMs, ds.clock);
  for (let i = first; i < ds.count; i++) {
    if (ds.variant[i] === OLDER_DOC) {
      older++;
      if (firstOlder < 0) firstOlder = i - first;
    } else if (ds.variant[i] === NEWER_DOC) {
      newer++;
      lastNewer = i - first;
    }
    const quirk = ds.quirk[i] ?? NO_QUIRK;
    if (quirk === NO_QUIRK) continue;
    const entry = {
      position: i - first,
      page: Math.floor((i - first) / DEFAULT_PAGE_SIZE) + 1,
      id: ds.variant[i] === OLDER_DOC ? ids.encode(i) : null,
      creation_time: `${new Date(ds.createdMs[i] ?? 0).toISOString().slice(0, 19)}Z`,
      quirk: QUIRK_NAMES[quirk],
    };
    (quirk >= 10 ? hostile : malformed).push(entry);
  }
  return {
    count: ds.count - first,
    pageSize: DEFAULT_PAGE_SIZE,
    malformed,
    hostile,
    missingRecordings: [],
    note: 'unpod call logs carry no recording or transcript: nothing to be missing',
    formats: {
      olderDoc: older,
      newerDoc: newer,
      mixedPositions: [Math.max(firstOlder, 0), Math.max(lastNewer, 0)],
    },
  };
}
