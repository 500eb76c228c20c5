import { hash32, mulberry32 } from './prng.ts';

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
      syllables.push([t, Math.min(len, totalSamples - t), a, b, amp, Math.floor(rng() * VOWELS.length), rng() < 0.45 ? 1 : 0]);
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

/** Deterministic white noise in [-1, 1) for sample n. */
function noiseAt(n: number, seed: number): number {
  return hash32(n, seed) / 2147483648 - 1;
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
  const sr = plan.sampleRate;
  const attack = Math.round(0.018 * sr);
  const release = Math.round(0.035 * sr);
  const burst = Math.round(0.03 * sr);
  let s = Math.max(0, syllableAt(plan, first));
  for (let k = 0; k < out.length; k++) {
    const n = first + k;
    if (n >= plan.totalSamples) {
      out[k] = 0;
      continue;
    }
    let v = HISS * noiseAt(n, plan.noiseSeed);
    while (s + 1 < plan.count && (plan.start[s + 1] ?? Infinity) <= n) s++;
    const start = plan.start[s] ?? 0;
    const len = plan.length[s] ?? 0;
    const local = n - start;
    if (local >= 0 && local < len) {
      const tt = local / sr;
      const dur = len / sr;
      const a = plan.f0Start[s] ?? 100;
      const b = plan.f0End[s] ?? a;
      const cycles = a * tt + ((b - a) * tt * tt) / (2 * dur);
      const vowel = plan.vowel[s] ?? 0;
      let wave: number;
      if (vowel === BEEP) wave = Math.sin(2 * Math.PI * cycles);
      else {
        const table = periodTable(vowel, (a + b) / 2);
        const pos = (cycles - Math.floor(cycles)) * TABLE_SIZE;
        const i = Math.floor(pos);
        const lo = table[i] ?? 0;
        wave = lo + ((table[i + 1] ?? lo) - lo) * (pos - i);
      }
      let env = 1;
      if (local < attack) env = 0.5 - 0.5 * Math.cos((Math.PI * local) / attack);
      else if (len - local < release) env = 0.5 - 0.5 * Math.cos((Math.PI * (len - local)) / release);
      v += FULL_SCALE * (plan.amp[s] ?? 0) * env * wave;
      if ((plan.onsetNoise[s] ?? 0) === 1 && local < burst) v += 2500 * (1 - local / burst) * noiseAt(n ^ 0x55aa, plan.noiseSeed);
    }
    out[k] = Math.max(-32768, Math.min(32767, Math.round(v)));
  }
}

