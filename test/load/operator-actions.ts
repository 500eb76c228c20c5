// What one simulated operator does, as the dashboard does it: the requests behind each action, 429s waited
// out as the browser does (Retry-After), background work marked as such.
import { mulberry32 } from '../../src/server/sandbox/prng.ts';

export type ActionName =
  'open view' | 'scroll' | 'chart counts' | 'open log' | 'play recording' | 'change filters' | 'export';

export interface Recorder {
  action(name: ActionName, ms: number): void;
  error(what: string): void;
  rateLimited(): void;
  /** One request sent to the dashboard's API (what would reach the provider without the cache). */
  request(): void;
  stopped(): boolean;
}

/** One team's morning view on one source: list paths by page, its pickers and its chart's count requests. */
export interface View {
  source: string;
  list(page: number, variant: number): string;
  pickers: readonly string[];
  counts: readonly string[];
  /** Timepay only: call ids come from the list, detail and recording paths from them. */
  detail?: (body: string) => { detail: string; recording: string | null } | null;
}

/** As the browser's export stream (src/api/page-stream.ts). */
const MAX_RATE_LIMITED = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One GET through the dashboard's API, waiting out 429s as the browser does; the body, or null on error. */
async function get(
  base: string,
  path: string,
  rec: Recorder,
  init: { background?: boolean; range?: boolean } = {},
) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.background) headers['x-switchboard-priority'] = 'background';
  if (init.range) headers.range = 'bytes=0-65535';
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    rec.request();
    try {
      res = await fetch(base + path, { headers, signal: AbortSignal.timeout(60_000) });
    } catch (error) {
      rec.error(`network: ${(error as Error).message}`);
      return null;
    }
    const body = await res.text();
    if (res.status === 429 && attempt < MAX_RATE_LIMITED && !rec.stopped()) {
      rec.rateLimited();
      await sleep(Number(res.headers.get('retry-after') ?? '1') * 1000);
      continue;
    }
    if (res.status !== 200 && res.status !== 206) {
      rec.error(`HTTP ${res.status} ${path.replace(/\?.*/, '')}`);
      return null;
    }
    return body;
  }
}

/** Runs one operator until the recorder says stop: think, act, think, act... */
export async function runOperator(base: string, view: View, seed: number, rec: Recorder): Promise<void> {
  const rng = mulberry32(seed);
  let page = 1;
  let variant = 0;
  let lastBody: string | null = null;
  const timed = async (name: ActionName, work: () => Promise<unknown>) => {
    const t0 = performance.now();
    await work();
    rec.action(name, performance.now() - t0);
  };
  const openView = async () => {
    page = 1;
    // Only the timepay view's chart counts are simulated (one count_only request per bucket).
    const counts =
      view.counts.length === 0
        ? Promise.resolve()
        : timed('chart counts', () =>
            Promise.all(
              view.counts.map((path) =>
                get(base, `/api/sources/${view.source}${path}`, rec, { background: true }),
              ),
            ),
          );
    await timed('open view', async () => {
      lastBody = await get(base, `/api/sources/${view.source}${view.list(1, variant)}`, rec);
    });
    await Promise.all(view.pickers.map((path) => get(base, `/api/sources/${view.source}${path}`, rec)));
    await counts;
  };
  // Operators arrive over the first seconds, not all in the same millisecond.
  await sleep(rng() * 5_000);
  await openView();
  while (!rec.stopped()) {
    await sleep(2_000 + rng() * 6_000); // reading the screen
    if (rec.stopped()) break;
    const roll = rng();
    if (roll < 0.35) {
      page = Math.min(page + 1 + Math.floor(rng() * 3), 30);
      await timed('scroll', async () => {
        lastBody = await get(base, `/api/sources/${view.source}${view.list(page, variant)}`, rec);
      });
    } else if (roll < 0.55 && view.detail && lastBody) {
      const found = view.detail(lastBody);
      if (!found) continue;
      await timed('open log', () => get(base, `/api/sources/${view.source}${found.detail}`, rec));
      if (found.recording && rng() < 0.5) {
        const recording = found.recording;
        await timed('play recording', () =>
          get(base, `/api/sources/${view.source}${recording}`, rec, { range: true }),
        );
      }
    } else if (roll < 0.75) {
      variant = (variant + 1) % 3;
      await timed('change filters', async () => {
        lastBody = await get(base, `/api/sources/${view.source}${view.list(1, variant)}`, rec);
      });
    } else if (roll < 0.77) {
      await timed('export', async () => {
        for (let p = 1; p <= 15 && !rec.stopped(); p++)
          await get(base, `/api/sources/${view.source}${view.list(p, variant)}`, rec, { background: true });
      });
    } else {
      await openView();
    }
  }
}
