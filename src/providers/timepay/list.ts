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

/** A `/logs` page: the envelope loosely, then each record on its own (a bad record costs only its row). */
export function parseList(body: unknown, source: SourceInfo): ListPage {
  const r = listEnvelopeSchema.safeParse(body);
  if (!r.success) {
    throw new UnexpectedResponseError(`timepay answered without a list of logs (${describeIssues(r.error)})`);
  }
  if (boolOf(r.data.success) === false) throw new UnexpectedResponseError('timepay answered success: false');
  const entries = r.data.data.map((record, i) => normalizeRecord(record, i, source));
  const p = r.data.pagination;
  const page = numOf(p?.page) ?? 1;
  const totalPages = numOf(p?.total_pages);
  return {
    page,
    pageSize: numOf(p?.per_page) ?? PAGE_SIZE,
    total: numOf(p?.total) ?? entries.length,
    hasNext: boolOf(p?.has_next) ?? (totalPages !== null && page < totalPages),
    entries,
  };
}

/** `count_only=true` answers `{success, total}`. */
export function parseCount(body: unknown): number {
  const r = countOnlySchema.safeParse(body);
  const total = r.success ? numOf(r.data.total) : null;
  if (total === null)
    throw new UnexpectedResponseError('timepay answered without a total for count_only=true');
  return total;
}
