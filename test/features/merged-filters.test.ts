// The merged view's filter rules (pure, on the real adapters): a common filter once, enabled when any
// member applies it, each member that does not named with its reason; x. filters only where one member
// alone has the name; picker values from every member, labelled by source where they differ.
import { describe, expect, it } from 'vitest';
import {
  mergedFilterSpecs,
  mergedUnapplied,
  unappliedByAll,
  unionOptions,
} from '../../src/features/filters/merged-specs.ts';
import { emptyQuery, type LogQuery, type ResolvedQuery } from '../../src/logs/log-query.ts';
import type { SourceInfo } from '../../src/logs/source.ts';
import { convosoAdapter } from '../../src/providers/convoso/index.ts';
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
const resolve = (q: LogQuery): ResolvedQuery => {
  const { since: _s, until: _u, columns: _c, log: _l, ...rest } = q;
  return { ...rest, sinceMs: null, untilMs: null };
};

describe('merged filter panel rules', () => {
  it('a filter one member applies is enabled; the others are named as not applying it', () => {
    const query = { ...emptyQuery, sources: ['all'], q: 'acme' };
    const { specs } = mergedFilterSpecs(members, query);
    const q = specs.find((s) => s.spec.param === 'q')!;
    expect(q.spec.unsupported).toBeNull();
    expect(q.supporters.map((m) => m.source.id)).toEqual(['sf']);
    const notes = mergedUnapplied(members, resolve(query)).get('q') ?? '';
    for (const label of ['timepay', 'unpod', 'Convoso']) expect(notes).toContain(`not applied by ${label}`);
    expect(notes).not.toContain('Salesfinity');
    // Applied by one member: its chip is not struck through.
    expect(unappliedByAll(members, resolve(query), mergedUnapplied(members, resolve(query))).has('q')).toBe(
      false,
    );
  });

  it('x. filters show only where one member alone has the name, labelled with it; shared names are hidden', () => {
    const { specs, hidden } = mergedFilterSpecs(members, { ...emptyQuery, sources: ['all'] });
    const extras = specs.filter((s) => s.spec.param.startsWith('x.'));
    expect(extras.length).toBeGreaterThan(0);
    for (const extra of extras) {
      expect(extra.supporters).toHaveLength(1);
      expect(extra.spec.label).toContain(`(${extra.supporters[0]!.source.label})`);
    }
    const names = specs.map((s) => s.spec.param);
    expect(new Set(names).size).toBe(names.length);
    for (const h of hidden) expect(h.sources.length).toBeGreaterThan(1);
  });

  it('picker values: every value once, labelled with its sources when not every list has it', () => {
    const options = unionOptions([
      {
        sourceLabel: 'A',
        options: [
          { value: 'x', label: 'X' },
          { value: 'y', label: 'Y' },
        ],
      },
      { sourceLabel: 'B', options: [{ value: 'x', label: 'X' }] },
    ]);
    expect(options).toEqual([
      { value: 'x', label: 'X' },
      { value: 'y', label: 'Y — A' },
    ]);
  });
});
