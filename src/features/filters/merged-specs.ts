import type { LogQuery, ResolvedQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { PickerOption, ProviderAdapter } from '../../providers/adapter.ts';
import { filterSpecs, type FilterSpec } from './filter-model.ts';
import { unappliedByParam } from './unapplied.ts';

/** A source of a merged view with its adapter. */
export interface PanelMember {
  source: SourceInfo;
  adapter: ProviderAdapter;
}

/** One filter of a merged view: the spec the panel draws, and which members apply it. */
export interface MergedSpec {
  spec: FilterSpec;
  /** The member whose spec (and option lists) the control starts from: the first that applies it. */
  owner: PanelMember;
  /** Members that apply this filter (none: shown disabled with the first member's reason). */
  supporters: PanelMember[];
  /** Each supporter's own spec (for its option list). */
  perMember: { member: PanelMember; spec: FilterSpec }[];
}

/** The common name of a filter, where members name it their own way ("Sequence" vs "Campaign"). */
const COMMON_LABELS: Record<string, string> = {
  q: 'Search',
  channel: 'Channel',
  status: 'Status',
  disposition: 'Disposition',
  campaign: 'Campaign',
  agent: 'Agent',
  phone: 'Customer phone',
  from: 'Business number',
};

/**
 * The filters of a merged view. Common filters once, enabled when at least one member applies them (the
 * others are listed as not applying what the URL holds). A provider-only `x.` filter is shown only when
 * exactly one member owns it (labelled with that source); one owned by several members is hidden — the
 * same name can mean different things per provider — and listed in `hidden`.
 */
export function mergedFilterSpecs(
  members: readonly PanelMember[],
  query: LogQuery,
): { specs: MergedSpec[]; hidden: { label: string; sources: string[] }[] } {
  const byParam = new Map<string, { member: PanelMember; spec: FilterSpec }[]>();
  for (const member of members)
    for (const spec of filterSpecs(member.source, member.adapter, query)) {
      const list = byParam.get(spec.param) ?? [];
      list.push({ member, spec });
      byParam.set(spec.param, list);
    }
  const specs: MergedSpec[] = [];
  const hidden: { label: string; sources: string[] }[] = [];
  for (const [param, list] of byParam) {
    const first = list[0]!;
    if (param.startsWith('x.')) {
      if (list.length > 1) {
        hidden.push({ label: first.spec.label, sources: list.map((l) => l.member.source.label) });
        continue;
      }
      specs.push({
        spec: { ...first.spec, label: `${first.spec.label} (${first.member.source.label})` },
        owner: first.member,
        supporters: [first.member],
        perMember: list,
      });
      continue;
    }
    const applying = list.filter((l) => l.spec.unsupported === null);
    const lead = applying[0] ?? first;
    const labels = new Set(applying.map((l) => l.spec.label));
    const label = labels.size > 1 ? (COMMON_LABELS[param] ?? lead.spec.label) : lead.spec.label;
    // A picker when any applying member has a list; text when none has (ids typed in).
    const picker = applying.find((l) => l.spec.control !== 'text');
    const control = picker ? (applying.some((l) => l.spec.multiple) ? 'combo' : picker.spec.control) : 'text';
    specs.push({
      spec: {
        ...lead.spec,
        label,
        control,
        multiple: applying.length > 0 && applying.every((l) => l.spec.multiple),
        unsupported: applying.length > 0 ? null : lead.spec.unsupported,
        optionSource: { from: 'fixed' },
      },
      owner: lead.member,
      supporters: applying.map((l) => l.member),
      perMember: applying,
    });
  }
  return { specs, hidden };
}

/**
 * One picker's choices over several members: every value once; a value not every applying member knows is
 * labelled with the sources that do ("Failed — timepay, unpod").
 */
export function unionOptions(lists: readonly { sourceLabel: string; options: readonly PickerOption[] }[]) {
  const byValue = new Map<string, { option: PickerOption; owners: string[] }>();
  for (const { sourceLabel, options } of lists)
    for (const option of options) {
      const seen = byValue.get(option.value);
      if (seen) {
        if (!seen.owners.includes(sourceLabel)) seen.owners.push(sourceLabel);
      } else byValue.set(option.value, { option, owners: [sourceLabel] });
    }
  const all = lists.filter((l) => l.options.length > 0).length;
  return [...byValue.values()].map(({ option, owners }) =>
    owners.length < all ? { ...option, label: `${option.label} — ${owners.join(', ')}` } : option,
  );
}

/** URL parameter → "unpod: no such filter; Convoso: …": what each member does not apply, by source. */
export function mergedUnapplied(
  members: readonly PanelMember[],
  resolved: ResolvedQuery,
): Map<string, string> {
  const out = new Map<string, string[]>();
  for (const member of members)
    for (const [param, reason] of unappliedByParam(member.adapter, resolved)) {
      const list = out.get(param) ?? [];
      list.push(`not applied by ${member.source.label}: ${reason}`);
      out.set(param, list);
    }
  return new Map([...out].map(([param, reasons]) => [param, reasons.join('; ')]));
}

/** The params no member applies (their chips are struck through; partly applied ones are not). */
export function unappliedByAll(
  members: readonly PanelMember[],
  resolved: ResolvedQuery,
  notes: ReadonlyMap<string, string>,
): Map<string, string> {
  const maps = members.map((m) => unappliedByParam(m.adapter, resolved));
  return new Map([...notes].filter(([param]) => maps.every((map) => map.has(param))));
}
