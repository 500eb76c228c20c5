import type { OutgoingHttpHeaders } from 'node:http';

/** A whole JSON answer as the proxy sent it (credentials already scrubbed). */
export interface CachedResponse {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/** Where cached answers live: this process, or Redis shared by every instance. */
export interface ResponseStore {
  get(key: string): Promise<CachedResponse | null>;
  set(key: string, value: CachedResponse, ttlMs: number): void;
  /**
   * Across instances (best effort): true when this caller should ask upstream; false when another instance
   * is asking now, and `get` will likely find its answer soon.
   */
  claim?(key: string, ms: number): Promise<boolean>;
  release?(key: string): void;
}

/** The in-process store: a byte-capped LRU with per-entry expiry. */
export function createMemoryStore(options: { maxBytes: number; now?: () => number }): ResponseStore {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: CachedResponse; expires: number; bytes: number }>();
  let bytes = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return Promise.resolve(null);
      if (entry.expires <= now()) {
        drop(key);
        return Promise.resolve(null);
      }
      // Map order is insertion order: re-inserting makes this the most recently used.
      entries.delete(key);
      entries.set(key, entry);
      return Promise.resolve(entry.value);
    },
    set(key, value, ttlMs) {
      const size = value.body.length + key.length + 512;
      if (ttlMs <= 0 || size > options.maxBytes / 8) return; // one answer never takes an eighth of the cache
      drop(key);
      entries.set(key, { value, expires: now() + ttlMs, bytes: size });
      bytes += size;
      for (const oldest of entries.keys()) {
        if (bytes <= options.maxBytes) break;
        drop(oldest);
      }
    },
  };
}
