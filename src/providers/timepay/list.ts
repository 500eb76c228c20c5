import type { ListPage } from '../adapter.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { PAGE_SIZE } from './constants.ts';
import { boolOf, describeIssues, numOf } from '../common/lenient.ts';
import { normalizeRecord } from './normalize.ts';
import { countOnlySchema, listEnvelopeSchema } from './schemas.ts';

/** A 200 whose body is not what timepay documents: the whole page is unusable, so this one throws. */
export class UnexpectedResponseError extends Error {
  override name = 'UnexpectedResponseError';
}

/** A count the table can use: a whole number ≥ `min` (a provider's 1e21, -1 or 2.5 counts nothing). */
function countOf(v: number | string | null | undefined, min: number): number | null {
  const n = numOf(v);
  return n !== null && Number.isSafeInteger(n) && n >= min ? n : null;
}

/** A `/logs` page: the envelope loosely, then each record on its own (a bad record costs only its row). */
export function parseList(body: unknown, source: SourceInfo): ListPage {
  const r = listEnvelopeSchema.safeParse(body);
  if (!r.success) {
    throw new UnexpectedResponseError(`timepay answered without a list of logs (${describeIssues(r.error)})`);
  }
  if (boolOf(r.data.success) === false) throw new UnexpectedResponseError('timepay answered success: false');
  const entries = r.data.data.map((record, i) => normalizeRecord(record, i, source));
  const p = r.data.pagination;
  const page = countOf(p?.page, 1) ?? 1;
  const totalPages = countOf(p?.total_pages, 0);
  return {
    page,
    pageSize: countOf(p?.per_page, 1) ?? PAGE_SIZE,
    total: countOf(p?.total, 0) ?? entries.length,
    hasNext: boolOf(p?.has_next) ?? (totalPages !== null && page < totalPages),
    entries,
  };
}

/** `count_only=true` answers `{success, total}`. */
export function parseCount(body: unknown): number {
  const r = countOnlySchema.safeParse(body);
  const total = r.success ? countOf(r.data.total, 0) : null;
  if (total === null)
    throw new UnexpectedResponseError('timepay answered without a total for count_only=true');
  return total;
}
