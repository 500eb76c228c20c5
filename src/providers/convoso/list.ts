import type { ListPage } from '../adapter.ts';
import type { LogEntry } from '../../logs/log-entry.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { boolOf, describeIssues, numOf } from '../common/lenient.ts';
import { PAGE_SIZE } from './constants.ts';
import { ConvosoError, errorOf200 } from './errors.ts';
import { normalizeRecord } from './normalize.ts';
import { listEnvelopeSchema } from './schemas.ts';

/** A 200 whose body is not what Convoso documents: the whole page is unusable, so this one throws. */
export class UnexpectedResponseError extends Error {
  override name = 'UnexpectedResponseError';
}

/** A count the table can use: a whole number ≥ `min` (a provider's 1e21, -1 or 2.5 counts nothing). */
function countOf(v: number | string | null | undefined, min: number): number | null {
  const n = numOf(v);
  return n !== null && Number.isSafeInteger(n) && n >= min ? n : null;
}

/** Throws the provider's own error for a `success:false` body (Convoso sends them with HTTP 200). */
function throwIfError(body: unknown): void {
  const info = errorOf200(body);
  if (info !== null) throw new ConvosoError(info);
}

/** A `/log/retrieve` page: the envelope loosely, then each record on its own (a bad record costs only its row). */
export function parseList(body: unknown, source: SourceInfo): ListPage {
  throwIfError(body);
  const r = listEnvelopeSchema.safeParse(body);
  if (!r.success) {
    throw new UnexpectedResponseError(
      `Convoso answered without a list of call logs (${describeIssues(r.error)})`,
    );
  }
  if (boolOf(r.data.success) === false) throw new UnexpectedResponseError('Convoso answered success: false');
  const results = r.data.data.results ?? [];
  const entries = results.map((record, i) => normalizeRecord(record, i, source));
  const offset = countOf(r.data.data.offset, 0) ?? 0;
  const total = countOf(r.data.data.total_found, 0) ?? offset + entries.length;
  return {
    page: Math.floor(offset / PAGE_SIZE) + 1,
    pageSize: PAGE_SIZE,
    total,
    hasNext: offset + results.length < total,
    entries,
  };
}

/** The call of a `/log/retrieve?id=` answer; null when Convoso has no such call log (6033) or none came. */
export function parseLookup(body: unknown, source: SourceInfo): LogEntry | null {
  const info = errorOf200(body);
  if (info !== null) {
    if (info.status === 404) return null;
    throw new ConvosoError(info);
  }
  const page = parseList(body, source);
  const first = page.entries[0];
  return first === undefined || 'kind' in first ? null : first;
}

/** `limit=1` answers the whole result's `total_found`; a `success:false` body throws Convoso's own error. */
export function parseCount(body: unknown): number {
  throwIfError(body);
  const r = listEnvelopeSchema.safeParse(body);
  const total = r.success ? countOf(r.data.data.total_found, 0) : null;
  if (total === null) throw new UnexpectedResponseError('Convoso answered without data.total_found');
  return total;
}
