import type { ListPage } from '../adapter.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { describeIssues, numOf } from '../common/lenient.ts';
import { PAGE_SIZE } from './constants.ts';
import { normalizeRecord } from './normalize.ts';
import { listEnvelopeSchema } from './schemas.ts';

/** A 200 whose body is not what unpod documents: the whole page is unusable, so this one throws. */
export class UnexpectedResponseError extends Error {
  override name = 'UnexpectedResponseError';
}

/** A count the table can use: a whole number ≥ `min` (a provider's 1e21, -1 or 2.5 counts nothing). */
function countOf(v: number | string | null | undefined, min: number): number | null {
  const n = numOf(v);
  return n !== null && Number.isSafeInteger(n) && n >= min ? n : null;
}

/**
 * unpod's page names neither its number nor its size (and no next/previous URLs). A full page may have a
 * successor; the api layer, which knows the page it asked for, replaces this with `page × size < count`.
 */
function pageOf(total: number, entries: ListPage['entries']): ListPage {
  return { page: 1, pageSize: PAGE_SIZE, total, hasNext: entries.length >= PAGE_SIZE, entries };
}

/** A 200 that says it failed (`status_code` ≥ 400) throws with unpod's own words, clipped for the screen. */
function throwIfFailed(code: number | null, message: string | null | undefined): void {
  if (code !== null && code >= 400)
    throw new UnexpectedResponseError(
      `unpod answered status_code ${code}: ${(message ?? '').slice(0, 200)}`.trim(),
    );
}

/** A `/call-logs/` page: the envelope loosely, then each record on its own (a bad record costs only its row). */
export function parseList(body: unknown, source: SourceInfo): ListPage {
  const r = listEnvelopeSchema.safeParse(body);
  if (!r.success) {
    throw new UnexpectedResponseError(
      `unpod answered without a list of call logs (${describeIssues(r.error)})`,
    );
  }
  throwIfFailed(numOf(r.data.status_code), r.data.message);
  const entries = r.data.data.map((record, i) => normalizeRecord(record, i, source));
  return pageOf(countOf(r.data.count, 0) ?? entries.length, entries);
}

/** `page_size=1` answers the whole result's `count`; a page without one counts nothing. */
export function parseCount(body: unknown): number {
  const r = listEnvelopeSchema.safeParse(body);
  if (!r.success)
    throw new UnexpectedResponseError(`unpod answered without a count (${describeIssues(r.error)})`);
  throwIfFailed(numOf(r.data.status_code), r.data.message);
  const total = countOf(r.data.count, 0);
  if (total === null) throw new UnexpectedResponseError('unpod answered without count');
  return total;
}
