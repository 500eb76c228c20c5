/** A seeded random source: same seed, same sequence (the data set must be reproducible). */
export type Rng = () => number;

/** mulberry32: tiny and fast, plenty for synthetic data. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes two 32-bit integers into one (murmur3 finalizer), to derive independent sub-seeds. */
export function hash32(a: number, b = 0): number {
  let h = (Math.imul(a >>> 0, 0x9e3779b1) ^ Math.imul(b >>> 0, 0x85ebca77)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** An integer in [min, max]. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** The item at `index`; throws instead of yielding undefined (tables here are never sparse). */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`index ${index} outside 0..${items.length - 1}`);
  return item;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return at(items, Math.floor(rng() * items.length));
}

/** Cumulative weights, for `pickWeighted`. */
export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}

/** An index drawn with probability proportional to its weight (binary search over `cumulative`). */
export function pickWeighted(rng: Rng, cum: Float64Array): number {
  const target = rng() * (cum[cum.length - 1] ?? 0);
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cum[mid] ?? 0) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Mixed-case letters, like timepay's ids (`tcELESaJAtDfnWxJvzLU`). */
export function randomLetters(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += LETTERS.charAt(Math.floor(rng() * 52));
  return out;
}

export function randomHex(rng: Rng, length: number, upper = false): string {
  const digits = upper ? '0123456789ABCDEF' : '0123456789abcdef';
  let out = '';
  for (let i = 0; i < length; i++) out += digits.charAt(Math.floor(rng() * 16));
  return out;
}

export function randomDigits(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String(Math.floor(rng() * 10));
  return out;
}
