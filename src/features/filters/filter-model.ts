import type { OptionKind } from '../../api/options.ts';
import type { Channel } from '../../logs/log-entry.ts';
import type { LogQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { FilterKey, OptionList, PickerOption, ProviderAdapter } from '../../providers/adapter.ts';

/** How the panel asks for a filter: a short fixed list, a searchable picker, or typed text. */
export type FilterControlKind = 'select' | 'combo' | 'text' | 'number';

/** Where a picker's choices come from. */
export type OptionSource =
  | { from: 'fixed' }
  | { from: 'common'; kind: OptionKind }
  | { from: 'extra'; name: string; list: OptionList };

/** One filter of the selected source as the panel and the chips see it. */
export interface FilterSpec {
  /** The URL parameter: `status`, `phone`, `x.direction`. */
  param: string;
  label: string;
  /** As the URL holds them. */
  values: readonly string[];
  multiple: boolean;
  control: FilterControlKind;
  /** Fixed choices (documented values); fetched ones come through `optionSource`. */
  choices: readonly PickerOption[];
  optionSource: OptionSource;
  /** Why the source cannot apply it at all (control disabled), or null. */
  unsupported: string | null;
  /** Why a value cannot be sent as it is, or null. */
  validate?: (value: string) => string | null;
  placeholder?: string;
  /** Marks the input that `/` focuses. */
  searchTarget?: boolean;
  /** The query with this filter holding `values` instead. */
  write: (query: LogQuery, values: string[]) => LogQuery;
}

const channelLabels: Record<Channel, string> = { call: 'Calls', whatsapp: 'WhatsApp', sms: 'SMS' };

type ListField = 'statuses' | 'dispositions' | 'campaigns' | 'agents';
const PICKERS: ReadonlyArray<[FilterKey & OptionKind, string, ListField]> = [
  ['status', 'Status', 'statuses'],
  ['disposition', 'Disposition', 'dispositions'],
  ['campaign', 'Campaign', 'campaigns'],
  ['agent', 'Agent', 'agents'],
];

function reasonOf(adapter: ProviderAdapter, key: FilterKey): string | null {
  const c = adapter.capabilities.filters[key];
  return c.supported ? null : c.reason;
}
function multipleOf(adapter: ProviderAdapter, key: FilterKey): boolean {
  const c = adapter.capabilities.filters[key];
  return c.supported && c.multiple;
}
/** The provider's own name for a filter where it has one ("Sequence"), else the common one. */
function labelOf(adapter: ProviderAdapter, key: FilterKey, common: string): string {
  const c = adapter.capabilities.filters[key];
  return (c.supported && c.label) || common;
}

const single = (values: string[]): string | null => values[0] ?? null;

/** Every filter of the source, in panel order (time apart); unsupported ones included, marked. */
export function filterSpecs(source: SourceInfo, adapter: ProviderAdapter, query: LogQuery): FilterSpec[] {
  const caps = adapter.capabilities;
  const specs: FilterSpec[] = [];
  if (caps.filters.q.supported || query.q !== null) {
    specs.push({
      param: 'q',
      label: labelOf(adapter, 'q', 'Search'),
      values: query.q === null ? [] : [query.q],
      multiple: false,
      control: 'text',
      choices: [],
      optionSource: { from: 'fixed' },
      unsupported: reasonOf(adapter, 'q'),
      placeholder: 'Name, company, phone',
      searchTarget: caps.filters.q.supported,
      write: (q, v) => ({ ...q, q: single(v) }),
    });
  }
  if (caps.channels.length > 1 || query.channels.length > 0) {
    const multiple = multipleOf(adapter, 'channel');
    specs.push({
      param: 'channel',
      label: 'Channel',
      values: query.channels,
      multiple,
      control: multiple ? 'combo' : 'select',
      choices: caps.channels.map((c) => ({ value: c, label: channelLabels[c] })),
      optionSource: { from: 'fixed' },
      unsupported: reasonOf(adapter, 'channel'),
      write: (q, v) => ({ ...q, channels: v as Channel[] }),
    });
  }
  for (const [key, common, field] of PICKERS) {
    const label = labelOf(adapter, key, common);
    const fetched = Boolean(adapter.options[key]);
    const known = caps.knownValues?.[key] ?? [];
    const multiple = multipleOf(adapter, key);
    const hasList = fetched || known.length > 0;
    specs.push({
      param: key,
      // A provider with no list of these takes an id typed in.
      label: hasList ? label : `${label} ID`,
      values: query[field],
      multiple,
      control: !hasList ? 'text' : fetched || multiple ? 'combo' : 'select',
      choices: known,
      optionSource: fetched ? { from: 'common', kind: key } : { from: 'fixed' },
      unsupported: reasonOf(adapter, key),
      write: (q, v) => ({ ...q, [field]: v }),
    });
  }
  const phones: ReadonlyArray<['phone' | 'from', string, string, string]> = [
    ['phone', 'Customer phone', '98765 43210', '(415) 555-0134'],
    ['from', 'Business number', '+91 80 3545 0808', '+1 415 555 0100'],
  ];
  for (const [key, common, inPlaceholder, usPlaceholder] of phones) {
    const value = query[key];
    specs.push({
      param: key,
      label: labelOf(adapter, key, common),
      values: value === null ? [] : [value],
      multiple: false,
      control: 'text',
      choices: [],
      optionSource: { from: 'fixed' },
      unsupported: reasonOf(adapter, key),
      placeholder: source.defaultCountry === 'IN' ? inPlaceholder : usPlaceholder,
      searchTarget: key === 'phone' && !caps.filters.q.supported,
      write: (q, v) => ({ ...q, [key]: single(v) }),
    });
  }
  for (const filter of caps.extraFilters) {
    const name = filter.name;
    const control: FilterControlKind =
      filter.input === 'select' ? (filter.options || filter.multiple ? 'combo' : 'select') : filter.input;
    const spec: FilterSpec = {
      param: `x.${name}`,
      label: filter.label,
      values: query.extra[name] ?? [],
      multiple: filter.multiple,
      control,
      choices: filter.values ?? [],
      optionSource: filter.options ? { from: 'extra', name, list: filter.options } : { from: 'fixed' },
      unsupported: null,
      write: (q, v) => {
        const extra = { ...q.extra };
        if (v.length === 0) delete extra[name];
        else extra[name] = v;
        return { ...q, extra };
      },
    };
    if (filter.validate) spec.validate = (value) => filter.validate?.(value) ?? null;
    if (filter.placeholder !== undefined) spec.placeholder = filter.placeholder;
    specs.push(spec);
  }
  return specs;
}

/** The value a single-choice control shows: none when the URL holds several (they are listed as not applied). */
export function shownValues(spec: FilterSpec): string[] {
  if (spec.multiple) return [...spec.values];
  return spec.values.length === 1 ? [...spec.values] : [];
}

/** `min_x` / `max_x` pairs among the provider-only filters, shown as one range control. */
export function rangePairs(specs: readonly FilterSpec[]): Map<string, FilterSpec> {
  const pairs = new Map<string, FilterSpec>();
  for (const spec of specs) {
    const m = /^x\.min_(.+)$/.exec(spec.param);
    const max = m && specs.find((s) => s.param === `x.max_${m[1]}`);
    if (max) pairs.set(spec.param, max);
  }
  return pairs;
}

/** "Min duration (s)" → "Duration (s)". */
export function rangeLabel(minLabel: string): string {
  const rest = minLabel.replace(/^min(imum)?\.?\s+/i, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The query with every filter and the time range cleared; source, sort and columns kept. */
export function resetFilters(query: LogQuery): LogQuery {
  const { unapplied: _choice, ...rest } = query;
  return {
    ...rest,
    channels: [],
    statuses: [],
    dispositions: [],
    campaigns: [],
    agents: [],
    phone: null,
    from: null,
    q: null,
    since: null,
    until: null,
    log: null,
    extra: {},
  };
}

/** True when the query holds any filter or a time range. */
export function hasFilters(query: LogQuery): boolean {
  return (
    query.channels.length +
      query.statuses.length +
      query.dispositions.length +
      query.campaigns.length +
      query.agents.length +
      Object.keys(query.extra).length >
      0 ||
    query.phone !== null ||
    query.from !== null ||
    query.q !== null ||
    query.since !== null ||
    query.until !== null
  );
}
