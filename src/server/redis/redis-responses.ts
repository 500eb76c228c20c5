import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { CachedResponse, ResponseStore } from '../cache/response-store.ts';

const KEY_PREFIX = 'switchboard:cache:';
const CLAIM_PREFIX = 'switchboard:claim:';

/** Keys are hashed: the query they come from may hold phone numbers. */
const hashed = (key: string) => createHash('sha256').update(key).digest('base64url');

/** `[4-byte head length][head JSON][body]`: the body stays bytes, never re-encoded. */
function encode(value: CachedResponse): Buffer {
  const head = Buffer.from(JSON.stringify({ status: value.status, headers: value.headers }));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(head.length);
  return Buffer.concat([length, head, value.body]);
}

function decode(raw: Buffer): CachedResponse | null {
  if (raw.length < 4) return null;
  const headLength = raw.readUInt32BE(0);
  const head = JSON.parse(raw.subarray(4, 4 + headLength).toString('utf8')) as Omit<CachedResponse, 'body'>;
  return { ...head, body: raw.subarray(4 + headLength) };
}

/** The shared cache while Redis answers; `fallback` (this process) while it does not. */
export function createRedisResponseStore(
  redis: Redis,
  up: () => boolean,
  fallback: ResponseStore,
): ResponseStore {
  return {
    async get(key) {
      if (!up()) return fallback.get(key);
      const raw = await redis.getBuffer(KEY_PREFIX + hashed(key));
      return raw ? decode(raw) : null;
    },
    set(key, value, ttlMs) {
      if (ttlMs <= 0) return;
      if (!up()) return fallback.set(key, value, ttlMs);
      redis.set(KEY_PREFIX + hashed(key), encode(value), 'PX', ttlMs).catch(() => {});
    },
    async claim(key, ms) {
      if (!up()) return true;
      return (await redis.set(CLAIM_PREFIX + hashed(key), '1', 'PX', ms, 'NX')) === 'OK';
    },
    release(key) {
      if (up()) redis.del(CLAIM_PREFIX + hashed(key)).catch(() => {});
    },
  };
}
