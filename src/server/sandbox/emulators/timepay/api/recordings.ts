import { isVisible } from '../../../clock.ts';
import type { ByteSource } from '../../../audio/byte-source.ts';
import { hash32, mulberry32 } from '../../../prng.ts';
import { planSpeech } from '../../../audio/speech-synth.ts';
import { wavSource } from '../../../audio/wav.ts';
import { CALL } from '../data/codes.ts';
import type { TimepayDataset } from '../data/dataset.ts';
import { MISSING_RECORDING } from '../data/quirks.ts';

export const SAMPLE_RATE = 8000;

/** The position a recording id stands for, if it names a call that has (non-missing) audio. */
export function recordingPosition(ds: TimepayDataset, id: string): number | null {
  const i = ds.ids.recording.decode(id);
  if (i === null || i >= ds.count || ds.type[i] !== CALL || (ds.duration[i] ?? 0) === 0) return null;
  if (!isVisible(ds.startMs, i, ds.clock)) return null;
  return ds.quirk[i] === MISSING_RECORDING ? null : i;
}

/** The call's audio: 8 kHz mono 16-bit WAV as long as the call, bot and customer taking turns. */
export function recordingSource(ds: TimepayDataset, i: number): ByteSource {
  const rng = mulberry32(hash32(ds.recSeed[i] ?? 0, 0xa0d1));
  const female = ds.customers.female[ds.customer[i] ?? 0] === 1;
  const customerPitch = female ? 185 + rng() * 40 : 100 + rng() * 35;
  const voicemail = ds.catalog.dispositions[ds.disposition[i] ?? 0]?.value === 'voicemail';
  return wavSource(
    planSpeech({
      seed: hash32(ds.recSeed[i] ?? 0, 0xa0d2),
      durationSec: ds.duration[i] ?? 1,
      sampleRate: SAMPLE_RATE,
      voices: [
        { f0: 205 + rng() * 30, gain: 0.9 },
        { f0: voicemail ? 170 : customerPitch, gain: 0.7 },
      ],
      kind: voicemail ? 'voicemail' : 'conversation',
    }),
  );
}
