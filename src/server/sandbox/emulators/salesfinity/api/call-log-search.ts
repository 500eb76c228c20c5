import { NONE, type SalesfinityDataset } from '../data/dataset.ts';
import type { CallCriteria, SortKey } from './call-log-query.ts';
import { timeRange } from '../../../log-search.ts';

/** Whether a call matches the full-text search: contact name, company, or either phone number. */
function matchesSearch(ds: SalesfinityDataset, i: number, q: string, qDigits: string): boolean {
  const c = ds.contact[i] ?? 0;
  if ((ds.contacts.haystack[c] ?? '').includes(q)) return true;
  if (qDigits.length < 3) return false;
  const rep = ds.catalog.users[ds.user[i] ?? 0]?.number ?? '';
  return (ds.contacts.digits[c] ?? '').includes(qDigits) || rep.includes(qDigits);
}

/** Matching positions of a query in the requested order (the time range is two binary searches). */
export function searchCalls(ds: SalesfinityDataset, c: CallCriteria, sort: SortKey, desc: boolean): number[] {
  const { lo, hi } = timeRange(ds.createdMs, c.startMs, c.endMs, ds.clock.now());
  const q = c.search;
  const qDigits = q === null || /[a-z]/.test(q) ? '' : q.replace(/\D+/g, '');
  const dispositions = ds.catalog.dispositions;
  const users = ds.catalog.users;
  const out: number[] = [];
  for (let i = lo; i < hi; i++) {
    if (c.outcome !== null && ds.outcome[i] !== c.outcome) continue;
    if (c.inbound !== null && ds.inbound[i] !== c.inbound) continue;
    const duration = ds.duration[i] ?? 0;
    if (c.minDuration !== null && duration < c.minDuration) continue;
    if (c.maxDuration !== null && duration > c.maxDuration) continue;
    if (c.hasRecording !== null && (ds.recording[i] === 1) !== c.hasRecording) continue;
    if (c.answeredBy !== null && ds.answeredBy[i] !== c.answeredBy) continue;
    if (c.completed !== null && (ds.completed[i] === 1) !== c.completed) continue;
    const d = ds.disposition[i] ?? NONE;
    if (c.dispositions !== null && (d === NONE || !c.dispositions.has(d))) continue;
    if (c.positiveOnly && (d === NONE || dispositions[d]?.category !== 'positive')) continue;
    if (c.users !== null && !c.users.has(ds.user[i] ?? NONE)) continue;
    const contact = ds.contact[i] ?? 0;
    if (c.lists !== null && !c.lists.has(ds.contacts.list[contact] ?? NONE)) continue;
    if (c.sequences !== null && !c.sequences.has(ds.sequence[i] ?? NONE)) continue;
    if (c.from !== null || c.to !== null) {
      const prospect = ds.contacts.digits[contact] ?? '';
      const rep = (users[ds.user[i] ?? 0]?.number ?? '').slice(1);
      const inbound = ds.inbound[i] === 1;
      if (c.from !== null && !c.from.has(inbound ? prospect : rep)) continue;
      if (c.to !== null && !c.to.has(inbound ? rep : prospect)) continue;
    }
    if (q !== null && !matchesSearch(ds, i, q, qDigits)) continue;
    out.push(i);
  }
  if (sort === 'duration') {
    const dur = ds.duration;
    out.sort((a, b) => ((dur[a] ?? 0) - (dur[b] ?? 0)) * (desc ? -1 : 1) || a - b);
  } else if (!desc) out.reverse();
  return out;
}
