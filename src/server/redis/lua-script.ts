import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/** A Lua script run by its SHA, loaded again when Redis has forgotten it (a restart, SCRIPT FLUSH). */
export function luaScript(source: string) {
  const sha = createHash('sha1').update(source).digest('hex');
  return async (
    redis: Redis,
    keys: readonly string[],
    args: ReadonlyArray<string | number>,
  ): Promise<unknown> => {
    try {
      return await redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return redis.eval(source, keys.length, ...keys, ...args);
    }
  };
}
