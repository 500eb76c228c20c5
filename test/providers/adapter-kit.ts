// What every adapter test starts from: a configured source, a resolved query, and a valid-entry check.
import { expect } from 'vitest';
import type { InvalidRecord, LogEntry } from '../../src/logs/log-entry.ts';
import { logEntrySchema } from '../../src/logs/log-entry.ts';
import { emptyQuery, type ResolvedQuery } from '../../src/logs/log-query.ts';
import type { SourceInfo } from '../../src/logs/source.ts';
import { resolveQuery } from '../../src/logs/url-codec.ts';

/** A configured (not sandbox) source of `provider`. */
export function configuredSource(
  provider: SourceInfo['provider'],
  fields: Pick<SourceInfo, 'id' | 'label' | 'timeZone' | 'defaultCountry'>,
): SourceInfo {
  return {
    id: fields.id,
    provider,
    label: fields.label,
    timeZone: fields.timeZone,
    defaultCountry: fields.defaultCountry,
    sandbox: false,
  };
}

/** The empty query resolved at epoch 0 in UTC, with `over` on top. */
export const query = (over: Partial<ResolvedQuery> = {}): ResolvedQuery => ({
  ...resolveQuery({ ...emptyQuery, extra: {} }, 0, 'UTC'),
  ...over,
});

/** The entry as a `LogEntry` that the domain schema accepts; fails the test when it is invalid or absent. */
export function valid(entry: LogEntry | InvalidRecord | undefined): LogEntry {
  if (!entry || 'kind' in entry) throw new Error(`expected a valid entry, got ${JSON.stringify(entry)}`);
  expect(logEntrySchema.safeParse(entry).error).toBeUndefined();
  return entry;
}

export const clone = <T>(v: T): T => structuredClone(v);
