import { isVisible } from '../../../clock.ts';
import type { ByteSource } from '../../../audio/byte-source.ts';
import { planSpeech } from '../../../audio/speech-synth.ts';
import { wavSource } from '../../../audio/wav.ts';
import { hash32, mulberry32 } from '../../../prng.ts';
import { recordingOf } from '../data/call-ids.ts';
import type { ConvosoDataset } from '../data/dataset.ts';
import { FEMALE_COUNT } from '../data/names.ts';
import { MALFORMED_RECORDING, MISSING_RECORDING } from '../data/quirks.ts';
import { STATUSES } from '../data/catalog.ts';

export const SAMPLE_RATE = 8000;

/** The call and part a recording id names, if that recording exists and has audio. */
export function recordingTarget(ds: ConvosoDataset, id: string): { position: number; n: number } | null {
  const r = recordingOf(ds.count, id);
  if (r === null || r.n >= (ds.recordings[r.position] ?? 0)) return null;
  if (!isVisible(ds.startMs, r.position, ds.clock)) return null;
  const quirk = ds.quirk[r.position];
  return quirk === MISSING_RECORDING || quirk === MALFORMED_RECORDING ? null : r;
}

/** Part n of the call's audio: the call's length split evenly between its recordings (paused and resumed). */
export function recordingSource(ds: ConvosoDataset, i: number, n: number): ByteSource {
  const parts = Math.max(1, ds.recordings[i] ?? 1);
  const seed = hash32(ds.recSeed[i] ?? 0, 0xa0d1 + n);
  const rng = mulberry32(seed);
  const female = (ds.leads.first[ds.lead[i] ?? 0] ?? 0) < FEMALE_COUNT;
  const voicemail = STATUSES[ds.status[i] ?? 0]?.voicemail === true;
  return wavSource(
    planSpeech({
      seed: hash32(seed, 0xa0d2),
      durationSec: Math.max(1, Math.round((ds.callLength[i] ?? 1) / parts)),
      sampleRate: SAMPLE_RATE,
      voices: [
        { f0: 110 + rng() * 90, gain: 0.85 },
        { f0: female ? 185 + rng() * 40 : 100 + rng() * 35, gain: 0.7 },
      ],
      kind: voicemail ? 'voicemail' : 'conversation',
    }),
  );
}
