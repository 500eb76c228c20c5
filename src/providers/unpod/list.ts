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

/**
 * unpod's page names neither its number nor its size (and no next/previous URLs). A full page may have a
 * successor; the api layer, which knows the page it asked for, replaces this with `page × size < count`.
 */
function pageOf(total: number, entries: ListPage['entries']): ListPage {
  return { page: 1, pageSize: PAGE_SIZE, total, hasNext: entries.length >= PAGE_SIZE, entries };
}

/** A `/call-logs/` page: the envelope loosely, then each record on its own (a bad record costs only its row). */
export function parseList(body: unknown, source: SourceInfo): ListPage {
  const r = listEnvelopeSchema.safeParse(body);
  if (!r.success) {
    throw new UnexpectedResponseError(
      `unpod answered without a list of call logs (${describeIssues(r.error)})`,
    );
  }
  const code = numOf(r.data.status_code);
  if (code !== null && code >= 400) {
    throw new UnexpectedResponseError(`unpod answered status_code ${code}: ${r.data.message ?? ''}`.trim());
  }
  const entries = r.data.data.map((record, i) => normalizeRecord(record, i, source));
  return pageOf(numOf(r.data.count) ?? entries.length, entries);
}
