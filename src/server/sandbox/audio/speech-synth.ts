import { hash32, mulberry32 } from '../prng.ts';

/** A speaker: base pitch and loudness (the bot's voice is higher and louder than a phone-line customer). */
export interface Voice {
  f0: number;
  gain: number;
}

export interface SpeechPlanOptions {
  seed: number;
  durationSec: number;
  sampleRate: number;
  /** Voice 0 speaks first (the bot on outbound calls). */
  voices: readonly [Voice, Voice];
  /** 'voicemail': a greeting by voice 1, a beep, then voice 0 alone. */
  kind: 'conversation' | 'voicemail';
}

/**
 * Where every syllable of a recording sits, as parallel arrays (a 10-minute call has ~2,500).
 * Rendering any sample needs only this plan, so a byte range is synthesized without the rest.
 */
export interface SpeechPlan {
  sampleRate: number;
  totalSamples: number;
  count: number;
  start: Int32Array;
  length: Int32Array;
  f0Start: Float32Array;
  f0End: Float32Array;
  amp: Float32Array;
  /** Vowel index into VOWELS; BEEP marks a pure tone. */
  vowel: Uint8Array;
  /** 1 when the syllable opens with a fricative burst. */
  onsetNoise: Uint8Array;
  noiseSeed: number;
}

/** First three formants (Hz) of a, e, i, o, u. */
const VOWELS: ReadonlyArray<readonly [number, number, number]> = [
  [730, 1090, 2440],
  [530, 1840, 2480],
  [300, 2200, 2900],
  [570, 840, 2410],
  [320, 900, 2300],
];
const BEEP = 255;

export function planSpeech(options: SpeechPlanOptions): SpeechPlan {
  const { sampleRate: sr, voices } = options;
  const rng = mulberry32(options.seed);
  const totalSamples = Math.max(1, Math.round(options.durationSec * sr));
  const syllables: Array<[number, number, number, number, number, number, number]> = [];
  const sec = (s: number): number => Math.round(s * sr);
  let t = sec(0.25 + rng() * 0.4);
  let speaker = 0;
  const utter = (voice: Voice, maxSyllables: number): void => {
    const n = 3 + Math.floor(rng() * maxSyllables);
    for (let k = 0; k < n && t < totalSamples; k++) {
      const len = sec(0.09 + rng() * 0.2);
      const declination = 1.12 - (0.24 * k) / n;
      const a = voice.f0 * declination * (0.93 + rng() * 0.14);
      const b = a * (0.9 + rng() * 0.2);
      const amp = voice.gain * (0.55 + rng() * 0.45);
      syllables.push([
        t,
        Math.min(len, totalSamples - t),
        a,
        b,
        amp,
        Math.floor(rng() * VOWELS.length),
        rng() < 0.45 ? 1 : 0,
      ]);
      t += len + sec(0.015 + rng() * 0.06);
    }
  };
  if (options.kind === 'voicemail') {
    utter(voices[1], 10);
    t += sec(0.4);
    syllables.push([t, Math.min(sec(0.45), Math.max(0, totalSamples - t)), 1000, 1000, 0.5, BEEP, 0]);
    t += sec(0.75);
    while (t < totalSamples) {
      utter(voices[0], 12);
      t += sec(0.2 + rng() * 0.5);
    }
  } else {
    while (t < totalSamples) {
      utter(voices[speaker] ?? voices[0], speaker === 0 ? 14 : 9);
      t += sec(0.25 + rng() * 0.7);
      if (rng() < 0.82) speaker = 1 - speaker;
    }
  }
  const count = syllables.filter((s) => s[1] > 0).length;
  const plan: SpeechPlan = {
    sampleRate: sr,
    totalSamples,
    count,
    start: new Int32Array(count),
    length: new Int32Array(count),
    f0Start: new Float32Array(count),
    f0End: new Float32Array(count),
    amp: new Float32Array(count),
    vowel: new Uint8Array(count),
    onsetNoise: new Uint8Array(count),
    noiseSeed: hash32(options.seed, 0x5eed),
  };
  let i = 0;
  for (const [start, length, a, b, amp, vowel, noise] of syllables) {
    if (length <= 0) continue;
    plan.start[i] = start;
    plan.length[i] = length;
    plan.f0Start[i] = a;
    plan.f0End[i] = b;
    plan.amp[i] = amp;
    plan.vowel[i] = vowel;
    plan.onsetNoise[i] = noise;
    i++;
  }
  return plan;
}

const TABLE_SIZE = 256;
/** One glottal period per (vowel, pitch in 5 Hz steps); a few hundred tables at most, shared by all recordings. */
const tableCache = new Map<number, Float32Array>();

function periodTable(vowel: number, f0: number): Float32Array {
  const step = Math.max(12, Math.min(100, Math.round(f0 / 5)));
  const key = vowel * 1000 + step;
  const cached = tableCache.get(key);
  if (cached) return cached;
  const pitch = step * 5;
  const formants = VOWELS[vowel] ?? VOWELS[0] ?? [700, 1200, 2500];
  const harmonics = Math.floor(3400 / pitch);
  const weights: number[] = [];
  for (let k = 1; k <= harmonics; k++) {
    const f = k * pitch;
    let w = 0.04;
    formants.forEach((formant, j) => {
      const bw = 90 + 60 * j;
      w += (1 / (j + 1)) * Math.exp(-(((f - formant) / bw) ** 2));
    });
    weights.push(w / Math.sqrt(k));
  }
  const table = new Float32Array(TABLE_SIZE + 1);
  let peak = 0;
  for (let s = 0; s < TABLE_SIZE; s++) {
    const ph = (2 * Math.PI * s) / TABLE_SIZE;
    let v = 0;
    weights.forEach((w, k) => {
      v += w * Math.sin((k + 1) * ph);
    });
    table[s] = v;
    peak = Math.max(peak, Math.abs(v));
  }
  for (let s = 0; s < TABLE_SIZE; s++) table[s] = (table[s] ?? 0) / (peak || 1);
  table[TABLE_SIZE] = table[0] ?? 0;
  tableCache.set(key, table);
  return table;
}

const NOISE_SIZE = 16_384;
/** Two seconds of white noise in [-1, 1), shared; a recording reads it at its own offset. */
const NOISE = (() => {
  const rng = mulberry32(0x4015e);
  return Float32Array.from({ length: NOISE_SIZE }, () => rng() * 2 - 1);
})();

function noiseAt(n: number, seed: number): number {
  return NOISE[(n + seed) & (NOISE_SIZE - 1)] ?? 0;
}

/** Index of the last syllable starting at or before sample n (-1 if none). */
function syllableAt(plan: SpeechPlan, n: number): number {
  let lo = 0;
  let hi = plan.count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((plan.start[mid] ?? 0) <= n) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const FULL_SCALE = 11_000;
const HISS = 40;

/** Fills `out` with samples first…first+out.length-1 (16-bit range), from the plan alone. */
export function renderSamples(plan: SpeechPlan, first: number, out: Int16Array): void {
  const acc = new Float32Array(out.length);
  const end = Math.min(first + out.length, plan.totalSamples);
  // A faint line hiss everywhere, so pauses are not digital silence.
  for (let n = first; n < end; n++) acc[n - first] = HISS * noiseAt(n, plan.noiseSeed);
  for (let s = Math.max(0, syllableAt(plan, first)); s < plan.count; s++) {
    const start = plan.start[s] ?? 0;
    if (start >= end) break;
    addSyllable(plan, s, Math.max(first, start), Math.min(end, start + (plan.length[s] ?? 0)), first, acc);
  }
  for (let k = 0; k < out.length; k++) {
    const v = Math.round(acc[k] ?? 0);
    out[k] = v > 32767 ? 32767 : v < -32768 ? -32768 : v;
  }
}

/** Adds syllable s over samples [from, to) into acc (acc[0] is sample `first`). */
function addSyllable(
  plan: SpeechPlan,
  s: number,
  from: number,
  to: number,
  first: number,
  acc: Float32Array,
): void {
  const sr = plan.sampleRate;
  const attack = Math.round(0.018 * sr);
  const release = Math.round(0.035 * sr);
  const burst = (plan.onsetNoise[s] ?? 0) === 1 ? Math.round(0.03 * sr) : 0;
  const start = plan.start[s] ?? 0;
  const len = plan.length[s] ?? 1;
  const dur = len / sr;
  const a = plan.f0Start[s] ?? 100;
  const glide = ((plan.f0End[s] ?? a) - a) / (2 * dur);
  const gain = FULL_SCALE * (plan.amp[s] ?? 0);
  const vowel = plan.vowel[s] ?? 0;
  const table = vowel === BEEP ? null : periodTable(vowel, a + glide * dur);
  for (let n = from; n < to; n++) {
    const local = n - start;
    const tt = local / sr;
    // Phase of a linear pitch glide, in cycles: closed form, so any sample can be rendered alone.
    const cycles = a * tt + glide * tt * tt;
    let wave: number;
    if (table === null) wave = Math.sin(2 * Math.PI * cycles);
    else {
      const pos = (cycles - Math.floor(cycles)) * TABLE_SIZE;
      const i = pos | 0;
      const lo = table[i] as number;
      wave = lo + ((table[i + 1] as number) - lo) * (pos - i);
    }
    let env = 1;
    if (local < attack) env = 0.5 - 0.5 * Math.cos((Math.PI * local) / attack);
    else if (len - local < release) env = 0.5 - 0.5 * Math.cos((Math.PI * (len - local)) / release);
    let v = gain * env * wave;
    if (local < burst) v += 2500 * (1 - local / burst) * noiseAt(n * 3, plan.noiseSeed);
    acc[n - first] = (acc[n - first] as number) + v;
  }
}
