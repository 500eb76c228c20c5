import type { ListPage } from '../adapter.ts';
import type { SourceInfo } from '../../logs/source.ts';
import { describeIssues, numOf } from '../common/lenient.ts';
import { PAGE_SIZE } from './constants.ts';
import { normalizeRecord } from './normalize.ts';
import { listEnvelopeSchema } from './schemas.ts';

/** A 200 whose body is not what Salesfinity documents: the whole page is unusable, so this one throws. */
export class UnexpectedResponseError extends Error {
  override name = 'UnexpectedResponseError';
}

/** A count the table can use: a whole number ≥ `min` (a provider's 1e21, -1 or 2.5 counts nothing). */
function countOf(v: number | string | null | undefined, min: number): number | null {
  const n = numOf(v);
  return n !== null && Number.isSafeInteger(n) && n >= min ? n : null;
}

/** A `/call-log` page, `{data[], pagination{total, page, limit, pages}}`: each record on its own. */
export function parseList(body: unknown, source: SourceInfo): ListPage {
  const r = listEnvelopeSchema.safeParse(body);
  if (!r.success) {
    throw new UnexpectedResponseError(
      `Salesfinity answered without a list of call logs (${describeIssues(r.error)})`,
    );
  }
  const entries = r.data.data.map((record, i) => normalizeRecord(record, i, source));
  const p = r.data.pagination;
  const page = countOf(p?.page, 1) ?? 1;
  const pageSize = countOf(p?.limit, 1) ?? PAGE_SIZE;
  const total = countOf(p?.total, 0) ?? entries.length;
  const pages = countOf(p?.pages, 0) ?? Math.ceil(total / pageSize);
  return { page, pageSize, total, hasNext: page < pages, entries };
}

/** `limit=1` answers the whole result's `pagination.total`. */
export function parseCount(body: unknown): number {
  const r = listEnvelopeSchema.safeParse(body);
  const total = r.success ? countOf(r.data.pagination?.total, 0) : null;
  if (total === null) throw new UnexpectedResponseError('Salesfinity answered without pagination.total');
  return total;
}
