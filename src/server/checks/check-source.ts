import type { ServerSource } from '../server-source.ts';
import type { SourceCheck } from './probe.ts';
import { convosoChecks, salesfinityChecks, timepayChecks, unpodChecks } from './provider-checks.ts';

/**
 * A live, read-only probe of one source (a handful of GETs): reachable, credentials accepted,
 * organisation / handle / product plausible, page size and time filter honoured, time zone plausible.
 */
export async function checkSource(source: ServerSource, nowMs = Date.now()): Promise<SourceCheck> {
  const checks =
    source.provider === 'timepay'
      ? await timepayChecks(source, nowMs)
      : source.provider === 'salesfinity'
        ? await salesfinityChecks(source)
        : source.provider === 'unpod'
          ? await unpodChecks(source, nowMs)
          : await convosoChecks(source, nowMs);
  return { source: source.id, ok: checks.every((c) => c.status !== 'fail'), checks };
}
