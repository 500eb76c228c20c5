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
  const page = numOf(p?.page) ?? 1;
  const pageSize = numOf(p?.limit) ?? PAGE_SIZE;
  const total = numOf(p?.total) ?? entries.length;
  const pages = numOf(p?.pages) ?? (pageSize > 0 ? Math.ceil(total / pageSize) : page);
  return { page, pageSize, total, hasNext: page < pages, entries };
}

/** `limit=1` answers the whole result's `pagination.total`. */
export function parseCount(body: unknown): number {
  const r = listEnvelopeSchema.safeParse(body);
  const total = r.success ? numOf(r.data.pagination?.total) : null;
  if (total === null) throw new UnexpectedResponseError('Salesfinity answered without pagination.total');
  return total;
}
