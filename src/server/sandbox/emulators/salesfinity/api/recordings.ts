import type { ByteSource } from '../../../audio/byte-source.ts';
import { planSpeech } from '../../../audio/speech-synth.ts';
import { wavSource } from '../../../audio/wav.ts';
import { hash32, mulberry32 } from '../../../prng.ts';
import { BY_MACHINE, type SalesfinityDataset } from '../data/dataset.ts';
import { MISSING_RECORDING } from '../data/quirks.ts';
import { positionOfSid } from './call-log-record.ts';

export const SAMPLE_RATE = 8000;

/** The position of `<call_id>.wav`, if that call has (non-missing) audio. */
export function recordingPosition(ds: SalesfinityDataset, file: string): number | null {
  const m = /^(CA[0-9a-f]{32})\.wav$/.exec(file);
  const i = m?.[1] === undefined ? null : positionOfSid(ds, m[1]);
  if (i === null || ds.recording[i] !== 1) return null;
  return ds.quirk[i] === MISSING_RECORDING ? null : i;
}

/** The call's audio: 8 kHz mono 16-bit WAV as long as the call; rep first, prospect second. */
export function recordingSource(ds: SalesfinityDataset, i: number): ByteSource {
  const rng = mulberry32(hash32(ds.recSeed[i] ?? 0, 0xa0d1));
  const machine = ds.answeredBy[i] === BY_MACHINE;
  return wavSource(
    planSpeech({
      seed: hash32(ds.recSeed[i] ?? 0, 0xa0d2),
      durationSec: Math.max(1, ds.duration[i] ?? 1),
      sampleRate: SAMPLE_RATE,
      voices: [
        { f0: 110 + rng() * 60, gain: 0.85 },
        { f0: rng() < 0.5 ? 190 + rng() * 30 : 100 + rng() * 30, gain: 0.7 },
      ],
      kind: machine ? 'voicemail' : 'conversation',
    }),
  );
}
