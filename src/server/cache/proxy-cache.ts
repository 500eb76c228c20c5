import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { Transform } from 'node:stream';
import type { CachedResponse, ResponseStore } from './response-store.ts';

/** `x-switchboard-cache` on every proxied response (DESIGN.md, "Server endpoints"). */
export type CacheOutcome = 'hit' | 'miss' | 'coalesced';
export const CACHE_HEADER = 'x-switchboard-cache';

/** How the proxy reports the answer it streams to the leading request, so followers and the cache get it too. */
export interface ResponseCapture {
  head(status: number, headers: OutgoingHttpHeaders): void;
  chunk(data: Buffer): void;
  /** The whole body has passed (not called when the upstream or the client broke off). */
  end(): void;
}

/** Runs the upstream request for `res`, reporting through `capture` when one is given. */
export type UpstreamFetch = (capture: ResponseCapture | null) => void;

export interface ProxyCache {
  serve(res: ServerResponse, key: string, ttlMs: number, fetch: UpstreamFetch): void;
}

/** How long another instance's request for the same key is waited for before asking upstream anyway. */
const CLAIM_MS = 5_000;
const OTHER_WAIT_MS = 2_000;
const OTHER_POLL_MS = 20;

function write(res: ServerResponse, cached: CachedResponse, outcome: CacheOutcome): void {
  if (res.destroyed) return;
  res.writeHead(cached.status, {
    ...cached.headers,
    [CACHE_HEADER]: outcome,
    'content-length': cached.body.length,
  });
  res.end(cached.body);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Identical concurrent GETs share one upstream request; 200 JSON answers are kept for `ttlMs`. */
export function createProxyCache(store: ResponseStore): ProxyCache {
  const inflight = new Map<string, Promise<CachedResponse | null>>();

  const lookup = (key: string) => store.get(key).catch(() => null);

  /** Another instance holds the claim: its answer usually lands in the shared store within a few ms. */
  async function awaitOther(key: string): Promise<CachedResponse | null> {
    for (let waited = 0; waited < OTHER_WAIT_MS; waited += OTHER_POLL_MS) {
      await sleep(OTHER_POLL_MS);
      const found = await lookup(key);
      if (found) return found;
    }
    return null;
  }

  async function lead(res: ServerResponse, key: string, ttlMs: number, fetch: UpstreamFetch): Promise<void> {
    let settle: (value: CachedResponse | null) => void = () => {};
    inflight.set(key, new Promise((resolve) => (settle = resolve)));
    let settled = false;
    const onClose = () => finish(null);
    const finish = (value: CachedResponse | null) => {
      if (settled) return;
      settled = true;
      res.off('close', onClose);
      inflight.delete(key);
      store.release?.(key);
      settle(value);
    };
    const claimed = store.claim ? await store.claim(key, CLAIM_MS).catch(() => true) : true;
    if (!claimed) {
      const other = await awaitOther(key);
      if (other) {
        finish(other);
        return write(res, other, 'coalesced');
      }
    }
    if (res.destroyed) return finish(null);
    let head: Omit<CachedResponse, 'body'> | null = null;
    const chunks: Buffer[] = [];
    res.once('close', onClose);
    fetch({
      head: (status, headers) => (head = { status, headers }),
      chunk: (data) => chunks.push(data),
      end: () => {
        if (!head) return finish(null);
        const value = { ...head, body: Buffer.concat(chunks) };
        if (value.status === 200) store.set(key, value, ttlMs);
        finish(value);
      },
    });
  }

  async function serve(res: ServerResponse, key: string, ttlMs: number, fetch: UpstreamFetch, again = false) {
    const cached = ttlMs > 0 ? await lookup(key) : null;
    if (res.destroyed) return;
    if (cached) return write(res, cached, 'hit');
    const pending = inflight.get(key);
    if (!pending) return lead(res, key, ttlMs, fetch);
    const shared = await pending;
    if (shared) return write(res, shared, 'coalesced');
    // The leading request broke off (its browser left, the upstream failed): ask once more, then alone.
    if (!again) return serve(res, key, ttlMs, fetch, true);
    fetch(null);
  }

  return {
    serve(res, key, ttlMs, fetch) {
      void serve(res, key, ttlMs, fetch);
    },
  };
}

/** A pass-through stage that copies the scrubbed body into `capture` on its way to the browser. */
export function captureStage(capture: ResponseCapture): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      capture.chunk(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      capture.end();
      callback();
    },
  });
}
