import { describe, expect, it } from 'vitest';
import {
  createSourceBudget,
  type Admission,
  type Priority,
} from '../../../src/server/budget/source-budget.ts';
import {
  PACE,
  bucketShape,
  createLocalTokenStore,
  type RateLimit,
} from '../../../src/server/budget/token-store.ts';
import { createSandboxRateLimiter } from '../../../src/server/sandbox/http/rate-limiter.ts';
import { fakeClock, settle } from './fake-clock.ts';

const LIMIT: RateLimit = { requests: 5, perSeconds: 1 };

function setup(options: { maxWaitMs?: number; limit?: RateLimit } = {}) {
  const clock = fakeClock(1_000_000);
  const limit = options.limit ?? LIMIT;
  const store = createLocalTokenStore(limit, clock);
  const budget = createSourceBudget({
    clock,
    maxWaitMs: options.maxWaitMs ?? 60_000,
    perMs: () => bucketShape(limit).perMs,
    store: () => store,
  });
  const grants: Array<{ at: number; priority: Priority; n: number }> = [];
  const outcomes: Admission[] = [];
  const ask = (priority: Priority, n = 0, signal?: AbortSignal) =>
    budget.acquire(priority, signal).then((admission) => {
      outcomes.push(admission);
      if (admission.ok) grants.push({ at: clock.now() - 1_000_000, priority, n });
      return admission;
    });
  return { clock, budget, grants, outcomes, ask };
}

describe('a source budget on a fake clock', () => {
  it('grants a burst one token short of the limit, then one request per interval at 90% of the rate', async () => {
    const { clock, grants, ask } = setup();
    for (let i = 0; i < 10; i++) void ask('interactive', i);
    await clock.advance(0);
    expect(grants.map((g) => g.at)).toEqual([0, 0, 0, 0]);
    await clock.advance(2_000);
    const interval = 1000 / (LIMIT.requests * PACE); // 222.2 ms
    const later = grants.slice(4).map((g) => g.at);
    expect(later).toHaveLength(6);
    later.forEach((at, i) => {
      expect(at).toBeGreaterThanOrEqual((i + 1) * interval);
      expect(at).toBeLessThanOrEqual((i + 1) * interval + 1);
    });
    expect(grants.map((g) => g.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('never lets through more than a provider counting the same limit accepts', async () => {
    const { clock, grants, ask } = setup();
    const provider = createSandboxRateLimiter(LIMIT);
    // Waves of demand, bigger than the limit, with lulls in which the bucket refills.
    for (let wave = 0; wave < 6; wave++) {
      for (let i = 0; i < 12; i++) void ask(i % 3 === 0 ? 'background' : 'interactive');
      await clock.advance(wave % 2 === 0 ? 700 : 3_100);
    }
    await clock.advance(20_000);
    expect(grants).toHaveLength(72);
    for (const grant of grants) expect(provider.check('p', grant.at)).toBe(0);
    expect(provider.stats().p).toMatchObject({ served: 72, refused: 0 });
  });

  it('serves interactive requests first, and every fourth grant to waiting background work', async () => {
    const { clock, grants, ask } = setup();
    await Promise.all([0, 1, 2, 3].map(() => ask('interactive'))); // the burst is spent
    grants.length = 0;
    for (let i = 0; i < 8; i++) void ask('background', i);
    for (let i = 0; i < 12; i++) void ask('interactive', i);
    await clock.advance(10_000);
    // The burst's four interactive grants already count: background's turn comes first.
    expect(grants.map((g) => g.priority[0]).join('')).toBe('biiibiiibiiibiiibbbb');
    // In its own class each goes first come, first served.
    expect(grants.filter((g) => g.priority === 'background').map((g) => g.n)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7,
    ]);
  });

  it('lets background work use the budget at once when nobody interactive waits', async () => {
    const { clock, grants, ask } = setup();
    for (let i = 0; i < 3; i++) void ask('background', i);
    await clock.advance(0);
    expect(grants.map((g) => g.priority)).toEqual(['background', 'background', 'background']);
  });

  it('pauses the source for everyone after a provider 429, then restarts from an empty bucket', async () => {
    const { clock, budget, grants, ask } = setup();
    budget.pause(3_000);
    void ask('interactive', 1);
    void ask('background', 2);
    await clock.advance(2_999);
    expect(grants).toHaveLength(0);
    await clock.advance(10_000);
    expect(grants.map((g) => g.at)).toEqual([3_223, 3_445]);
  });

  it('answers a request that would wait past the bound at once, with Retry-After, instead of queueing it', async () => {
    const { clock, grants, outcomes, ask } = setup({ maxWaitMs: 1_000 });
    for (let i = 0; i < 12; i++) void ask('interactive', i);
    await clock.advance(0);
    // 4 at once, then one per 222 ms: the last ones would wait over 1 s and are told so at once.
    const refused = outcomes.filter((o) => !o.ok);
    expect(refused.length).toBeGreaterThanOrEqual(2);
    expect(refused.every((a) => !a.ok && a.retryAfterSec >= 1)).toBe(true);
    await clock.advance(5_000);
    expect(outcomes).toHaveLength(12);
    expect(grants.every((g) => g.at <= 1_000)).toBe(true);
    // At most 8 fit in the second; the estimate may turn one away early, never keep one waiting past the bound.
    expect(grants.length).toBeGreaterThanOrEqual(7);
  });

  it('refuses a queued request at the bound when a pause outlasts it: it never hangs', async () => {
    const { clock, budget, outcomes, ask } = setup({ maxWaitMs: 1_000 });
    await Promise.all([0, 1, 2, 3].map(() => ask('interactive')));
    void ask('interactive');
    await clock.advance(50);
    budget.pause(30_000);
    await clock.advance(1_000);
    expect(outcomes.at(-1)).toMatchObject({ ok: false });
    const last = outcomes.at(-1);
    expect(last && !last.ok && last.retryAfterSec).toBeGreaterThanOrEqual(29);
  });

  it('gives the token of a request that went away to the next in line', async () => {
    const { clock, grants, ask } = setup();
    await Promise.all([0, 1, 2, 3].map(() => ask('interactive')));
    grants.length = 0;
    const gone = new AbortController();
    const first = ask('interactive', 1, gone.signal);
    void ask('interactive', 2);
    gone.abort();
    expect(await first).toMatchObject({ ok: false });
    await clock.advance(223);
    expect(grants.map((g) => [g.n, g.at])).toEqual([[2, 223]]);
    await settle();
  });
});
