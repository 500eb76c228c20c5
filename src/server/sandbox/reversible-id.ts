import { mulberry32, hash32, randomHex } from './prng.ts';

/** Random-looking ids that decode back to a record index, so lookups need no 60k-entry maps. */
export interface IdCodec {
  encode(index: number): string;
  /** The index the id was made from, or null for anything this codec did not produce. */
  decode(id: string): number | null;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const MUL = 0x2c1b3c6d;
const INV = inverseOdd(MUL);

/** Multiplicative inverse of an odd number modulo 2^32 (Newton's iteration). */
function inverseOdd(a: number): number {
  let x = a;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(a, x));
  return x >>> 0;
}

/** A bijection on 32-bit integers keyed per id kind, so consecutive indices look unrelated. */
function scramble(index: number, key: number): number {
  let x = Math.imul((index ^ key) >>> 0, MUL) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  return x;
}

function unscramble(x: number, key: number): number {
  const y = (x ^ (x >>> 16)) >>> 0;
  return (Math.imul(y, INV) ^ key) >>> 0;
}

/** Where the six base-52 digits of the scrambled index sit inside a letter id. */
const SLOTS = [1, 4, 7, 10, 13, 16] as const;

/** Letter ids like `KjbdfYCefvutafHGCDhgfh` (length ≥ 18). */
export function letterIdCodec(seed: number, kind: number, length: number): IdCodec {
  const key = hash32(seed, kind);
  const encode = (index: number): string => {
    const x = scramble(index, key);
    const rng = mulberry32(hash32(x, key));
    const chars: string[] = [];
    for (let i = 0; i < length; i++) chars.push(ALPHABET.charAt(Math.floor(rng() * 52)));
    let rest = x;
    for (const slot of SLOTS) {
      chars[slot] = ALPHABET.charAt(rest % 52);
      rest = Math.floor(rest / 52);
    }
    return chars.join('');
  };
  const decode = (id: string): number | null => {
    if (id.length !== length) return null;
    let x = 0;
    for (let i = SLOTS.length - 1; i >= 0; i--) {
      const digit = ALPHABET.indexOf(id.charAt(SLOTS[i] ?? 0));
      if (digit < 0) return null;
      x = x * 52 + digit;
    }
    if (x > 0xffffffff) return null;
    const index = unscramble(x, key);
    return encode(index) === id ? index : null;
  };
  return { encode, decode };
}

/** UUID v4-shaped ids (`7437557f-7ab9-4012-b411-a6f534c5aaf0`); the first 8 hex digits carry the index. */
export function uuidCodec(seed: number, kind: number): IdCodec {
  const key = hash32(seed, kind);
  const encode = (index: number): string => {
    const x = scramble(index, key);
    const rng = mulberry32(hash32(x, key));
    const variant = '89ab'.charAt(Math.floor(rng() * 4));
    return `${x.toString(16).padStart(8, '0')}-${randomHex(rng, 4)}-4${randomHex(rng, 3)}-${variant}${randomHex(rng, 3)}-${randomHex(rng, 12)}`;
  };
  const decode = (id: string): number | null => {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)) return null;
    const index = unscramble(Number.parseInt(id.slice(0, 8), 16), key);
    return encode(index) === id ? index : null;
  };
  return { encode, decode };
}
