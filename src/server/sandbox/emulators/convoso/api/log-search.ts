import { NONE, type ConvosoDataset, INBOUND } from '../data/dataset.ts';
import { MALFORMED_ZERO_DATE } from '../data/quirks.ts';
import type { LogCriteria } from './log-query.ts';
import { timeRange, type SearchResult } from '../../../log-search.ts';

const UNSET = -2;

/**
 * Counts the matches and collects those in [offset, offset+limit) of the requested order. The time range
 * is two binary searches, an id is one position; the rest is one tight pass over typed arrays.
 */
export function searchLogs(
  ds: ConvosoDataset,
  c: LogCriteria,
  offset: number,
  limit: number,
  desc: boolean,
): SearchResult {
  const positions: number[] = [];
  const codes = [
    c.lead,
    c.campaign,
    c.queue,
    c.list,
    c.agent,
    c.status,
    c.first,
    c.last,
    c.callType,
    c.calledCount,
  ];
  if (codes.some((v) => v === -1)) return { total: 0, positions };
  const hasTime = c.startMs !== undefined || c.endMs !== undefined;
  let { lo, hi } = timeRange(ds.startMs, c.startMs, c.endMs, ds.clock.now());
  if (c.position !== undefined) {
    lo = Math.max(lo, c.position);
    hi = Math.min(hi, c.position + 1);
  }
  if (hi <= lo) return { total: 0, positions };
  const lead = c.lead ?? UNSET;
  const campaign = c.campaign ?? UNSET;
  const queue = c.queue ?? UNSET;
  const list = c.list ?? UNSET;
  const agent = c.agent ?? UNSET;
  const status = c.status ?? UNSET;
  const first = c.first ?? UNSET;
  const last = c.last ?? UNSET;
  const callType = c.callType ?? UNSET;
  const calledCount = c.calledCount ?? UNSET;
  const phoneLead = c.phone === undefined ? UNSET : (ds.leads.byPhone.get(c.phone) ?? -1);
  if (phoneLead === -1) return { total: 0, positions };
  // number_dialed is the lead's number on outbound calls, the campaign's DID on inbound ones.
  const dialedLead = c.numberDialed === undefined ? UNSET : (ds.leads.byPhone.get(c.numberDialed) ?? -1);
  const dialedCampaign =
    c.numberDialed === undefined
      ? UNSET
      : ds.catalog.campaigns.findIndex((k) => k.callerId.slice(1) === c.numberDialed);
  const { leads } = ds;
  const end = offset + limit;
  let total = 0;
  const n = hi - lo;
  for (let k = 0; k < n; k++) {
    const i = desc ? lo + k : hi - 1 - k;
    const l = ds.lead[i] ?? 0;
    if (lead !== UNSET && l !== lead) continue;
    if (phoneLead !== UNSET && l !== phoneLead) continue;
    if (campaign !== UNSET && ds.campaign[i] !== campaign) continue;
    if (queue !== UNSET && (ds.campaign[i] !== queue || ds.callType[i] !== INBOUND)) continue;
    if (list !== UNSET && ds.list[i] !== list) continue;
    if (agent !== UNSET && (ds.agent[i] === NONE || ds.agent[i] !== agent)) continue;
    if (status !== UNSET && ds.status[i] !== status) continue;
    if (first !== UNSET && leads.first[l] !== first) continue;
    if (last !== UNSET && leads.last[l] !== last) continue;
    if (callType !== UNSET && ds.callType[i] !== callType) continue;
    if (calledCount !== UNSET && ds.calledCount[i] !== calledCount) continue;
    if (dialedLead !== UNSET || dialedCampaign !== UNSET) {
      const inbound = ds.callType[i] === INBOUND;
      if (inbound ? ds.campaign[i] !== dialedCampaign : l !== dialedLead) continue;
    }
    // A record whose call_date is not a date cannot fall inside a time range.
    if (hasTime && ds.quirk[i] === MALFORMED_ZERO_DATE) continue;
    if (total >= offset && total < end) positions.push(i);
    total++;
  }
  return { total, positions };
}
