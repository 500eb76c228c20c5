import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

/** One `user:hash` entry of `SWITCHBOARD_BASIC_AUTH`. */
export interface BasicAuthUser {
  user: string;
  hash: string;
}

// scrypt's recommended interactive cost (16 MiB, tens of ms); written into each hash so it can change later.
const COST = { N: 16_384, r: 8, p: 1 };
const KEY_LENGTH = 32;
/** `scrypt.N.r.p.<salt>.<key>`, base64url: no `$` or `:`, so it survives shells, .env files and compose files. */
const HASH = /^scrypt\.(\d+)\.(\d+)\.(\d+)\.([A-Za-z0-9_-]{16,})\.([A-Za-z0-9_-]{32,})$/;

export function hashPassword(password: string, salt: Buffer = randomBytes(16)): string {
  const key = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { ...COST, maxmem: 64 * 1024 * 1024 });
  return `scrypt.${COST.N}.${COST.r}.${COST.p}.${salt.toString('base64url')}.${key.toString('base64url')}`;
}

export function isPasswordHash(text: string): boolean {
  return HASH.test(text);
}

/** True if `password` matches `hash`; compares the derived keys in constant time. */
export function verifyPassword(password: string, hash: string): Promise<boolean> {
  const parts = HASH.exec(hash);
  if (!parts) return Promise.resolve(false);
  const [, n, r, p, salt, key] = parts;
  const expected = Buffer.from(key ?? '', 'base64url');
  const options = { N: Number(n), r: Number(r), p: Number(p), maxmem: 256 * 1024 * 1024 };
  return new Promise((resolve) =>
    scrypt(
      password.normalize('NFC'),
      Buffer.from(salt ?? '', 'base64url'),
      expected.length,
      options,
      (error, derived) => resolve(!error && timingSafeEqual(derived, expected)),
    ),
  );
}

/** `alice:<hash>,bob:<hash>` → users; throws a message naming what is wrong (never echoing a password). */
export function parseBasicAuth(raw: string): BasicAuthUser[] {
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry, index) => {
      const colon = entry.indexOf(':');
      const user = colon > 0 ? entry.slice(0, colon) : '';
      const hash = colon > 0 ? entry.slice(colon + 1) : '';
      if (!user || !isPasswordHash(hash)) {
        throw new Error(
          `entry ${index + 1}: expected user:scrypt.<N>.<r>.<p>.<salt>.<key> (make one with: node --import tsx src/server/hash-password.ts USER)`,
        );
      }
      return { user, hash };
    });
}
