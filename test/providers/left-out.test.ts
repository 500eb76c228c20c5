// DESIGN.md's merged-view rule on the real adapters: a source that cannot apply an active filter is left
// out (unless unapplied=include), and the sentence that names it.
import { describe, expect, it } from 'vitest';
import { leftOutClause } from '../../src/features/filters/left-out.ts';
import { emptyQuery, type ResolvedQuery } from '../../src/logs/log-query.ts';
import type { SourceInfo } from '../../src/logs/source.ts';
import { convosoAdapter } from '../../src/providers/convoso/index.ts';
import { splitMembers } from '../../src/providers/left-out.ts';
import { salesfinityAdapter } from '../../src/providers/salesfinity/index.ts';
import { timepayAdapter } from '../../src/providers/timepay/index.ts';
import { unpodAdapter } from '../../src/providers/unpod/index.ts';

const source = (id: string, provider: SourceInfo['provider'], label: string): SourceInfo => ({
  id,
  provider,
  label,
  timeZone: 'UTC',
  defaultCountry: 'IN',
  sandbox: true,
});
const members = [
  { source: source('tp', 'timepay', 'timepay'), adapter: timepayAdapter },
  { source: source('sf', 'salesfinity', 'Salesfinity'), adapter: salesfinityAdapter },
  { source: source('up', 'unpod', 'unpod'), adapter: unpodAdapter },
  { source: source('cv', 'convoso', 'Convoso'), adapter: convosoAdapter },
];
const resolved = (over: Partial<ResolvedQuery>): ResolvedQuery => {
  const { columns: _c, log: _l, since: _s, until: _u, ...rest } = { ...emptyQuery, extra: {} };
  return { ...rest, sources: ['all'], sinceMs: null, untilMs: null, ...over };
};
const ids = (list: readonly { source: SourceInfo }[]) => list.map((m) => m.source.id);

describe('merged view: sources that cannot apply a filter', () => {
  it('leaves out every source that cannot filter by "Promise to Pay" and names them in one sentence', () => {
    const { included, skipping } = splitMembers(members, resolved({ dispositions: ['Promise to Pay'] }));
    expect(ids(included)).toEqual(['tp']);
    expect(ids(skipping.map((s) => s.member))).toEqual(['sf', 'up', 'cv']);
    expect(leftOutClause(skipping)).toBe('Salesfinity, unpod and Convoso cannot filter by disposition');
  });

  it('includes them unfiltered when the query says unapplied=include, still naming them', () => {
    const { included, skipping } = splitMembers(
      members,
      resolved({ dispositions: ['Promise to Pay'], unapplied: 'include' }),
    );
    expect(ids(included)).toEqual(['tp', 'sf', 'up', 'cv']);
    expect(skipping).toHaveLength(3);
  });

  it('keeps every source when no filter is active, and one whose time bounds are only widened to days', () => {
    expect(ids(splitMembers(members, resolved({})).included)).toEqual(['tp', 'sf', 'up', 'cv']);
    // unpod filters by whole days: a range inside a day is widened (noted), not a reason to leave it out.
    const { included } = splitMembers(
      members,
      resolved({ sinceMs: Date.UTC(2026, 10, 20, 6, 13), untilMs: Date.UTC(2026, 10, 20, 9, 47) }),
    );
    expect(ids(included)).toEqual(['tp', 'sf', 'up', 'cv']);
  });

  it('groups sources by the filters they miss in the sentence', () => {
    const { included, skipping } = splitMembers(
      members,
      resolved({ q: 'a', dispositions: ['Promise to Pay'] }),
    );
    expect(included).toEqual([]);
    expect(leftOutClause(skipping)).toMatch(
      /^timepay cannot filter by search, .*Salesfinity cannot filter by disposition/,
    );
  });
});
