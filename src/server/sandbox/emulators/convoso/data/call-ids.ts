import { hash32 } from '../../../prng.ts';

// Call log ids grow with time, like an auto-increment with gaps: the k-th oldest call (k = count-1-i)
// gets ID_BASE + k*STEP + a hashed jitter, so an id decodes back to its position without a map.
const ID_BASE = 1_180_000_000;
const ID_STEP = 13;
const REC_BASE = 400_000_000_000;
const REC_STEP = 4;

export function callId(seed: number, count: number, position: number): string {
  const k = count - 1 - position;
  return String(ID_BASE + k * ID_STEP + (hash32(seed, k) % ID_STEP));
}

/** The position an id stands for, or null for anything `callId` did not produce. */
export function callPosition(seed: number, count: number, id: string): number | null {
  if (!/^\d{1,15}$/.test(id)) return null;
  const v = Number(id) - ID_BASE;
  if (v < 0) return null;
  const k = Math.floor(v / ID_STEP);
  if (k >= count || v % ID_STEP !== hash32(seed, k) % ID_STEP) return null;
  return count - 1 - k;
}

/** `recording_id`: 12 digits carrying the call's rank and the recording's number (0–3). */
export function recordingId(count: number, position: number, n: number): string {
  return String(REC_BASE + (count - 1 - position) * REC_STEP + n);
}

export function recordingOf(count: number, id: string): { position: number; n: number } | null {
  if (!/^\d{12}$/.test(id)) return null;
  const v = Number(id) - REC_BASE;
  if (v < 0) return null;
  const k = Math.floor(v / REC_STEP);
  return k < count ? { position: count - 1 - k, n: v % REC_STEP } : null;
}
