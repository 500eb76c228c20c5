import type { Channel } from '../../logs/log-entry.ts';
import type { LogQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { FilterKey, PickerOption, ProviderAdapter } from '../../providers/adapter.ts';
import { usePickerOptions, type OptionKind } from '../../api/options.ts';
import type { QueryUpdate } from '../../state/use-log-query.ts';
import { ExtraFilters } from './extra-filters.tsx';
import { SelectFilter } from './select-filter.tsx';
import { TextFilter } from './text-filter.tsx';
import { TimeRangeFilter } from './time-range-filter.tsx';

export interface FilterPanelProps {
  source: SourceInfo;
  adapter: ProviderAdapter;
  query: LogQuery;
  zone: string;
  onChange: (update: QueryUpdate) => void;
}

const channelLabels: Record<Channel, string> = { call: 'Calls', whatsapp: 'WhatsApp', sms: 'SMS' };

/** Why a filter is inactive for this source, or null when it applies. */
function inactiveReason(adapter: ProviderAdapter, key: FilterKey): string | null {
  const capability = adapter.capabilities.filters[key];
  return capability.supported ? null : capability.reason;
}

/** The provider's own name for a filter where it has one ("Sequence"), else the common one. */
function labelOf(adapter: ProviderAdapter, key: FilterKey, common: string): string {
  const capability = adapter.capabilities.filters[key];
  return (capability.supported && capability.label) || common;
}

/** The value a single-choice control shows: none when the URL holds several (they are listed as not applied). */
const first = (values: readonly string[]) => (values.length === 1 ? (values[0] ?? null) : null);
const list = (value: string | null) => (value === null ? [] : [value]);

/** A picker filled from the provider's list when it has one, else from the values it documents. */
function usePicker(source: SourceInfo, adapter: ProviderAdapter, kind: OptionKind & FilterKey) {
  const fetched = usePickerOptions(source, adapter, kind);
  const known: readonly PickerOption[] = adapter.capabilities.knownValues?.[kind] ?? [];
  return {
    has: Boolean(adapter.options[kind]) || known.length > 0,
    options: fetched.data ?? known,
    loading: fetched.isLoading,
    error: fetched.isError,
  };
}

/** The filters of the selected source, each bound to the URL; what the source cannot do is shown disabled with why. */
export function FilterPanel({ source, adapter, query, zone, onChange }: FilterPanelProps) {
  const statuses = usePicker(source, adapter, 'status');
  const dispositions = usePicker(source, adapter, 'disposition');
  const campaigns = usePicker(source, adapter, 'campaign');
  const agents = usePicker(source, adapter, 'agent');
  const channelOptions: PickerOption[] = adapter.capabilities.channels.map((c) => ({
    value: c,
    label: channelLabels[c],
  }));
  const hasSearch = adapter.capabilities.filters.q.supported;
  const failed = (what: string, error: boolean) => (error ? `Could not load the ${what}` : null);

  return (
    <form
      aria-label="Filters"
      className="flex flex-wrap items-start gap-x-3 gap-y-2"
      onSubmit={(event) => event.preventDefault()}
    >
      {hasSearch ? (
        <TextFilter
          label={labelOf(adapter, 'q', 'Search')}
          value={query.q}
          placeholder="Name, company, phone"
          searchTarget
          onCommit={(v) => onChange({ q: v })}
        />
      ) : null}
      {channelOptions.length > 1 || query.channels.length > 0 ? (
        <SelectFilter
          label="Channel"
          anyLabel="All channels"
          value={first(query.channels)}
          options={channelOptions}
          note={inactiveReason(adapter, 'channel')}
          onChange={(v) => onChange({ channels: list(v) as Channel[] })}
        />
      ) : null}
      {(
        [
          ['status', 'Status', 'statuses', statuses],
          ['disposition', 'Disposition', 'dispositions', dispositions],
          ['campaign', 'Campaign', 'campaigns', campaigns],
          ['agent', 'Agent', 'agents', agents],
        ] as const
      ).map(([key, common, field, picker]) => {
        const label = labelOf(adapter, key, common);
        const reason = inactiveReason(adapter, key);
        const onValue = (v: string | null) => onChange({ [field]: list(v) });
        // A provider with no list of these takes an id typed in.
        return picker.has ? (
          <SelectFilter
            key={key}
            label={label}
            value={first(query[field])}
            options={picker.options}
            loading={picker.loading}
            note={reason ?? failed(`${label.toLowerCase()} list`, picker.error)}
            disabled={Boolean(reason)}
            onChange={onValue}
          />
        ) : (
          <TextFilter
            key={key}
            label={`${label} ID`}
            value={first(query[field])}
            note={reason}
            disabled={Boolean(reason)}
            onCommit={onValue}
          />
        );
      })}
      <TextFilter
        label={labelOf(adapter, 'phone', 'Customer phone')}
        value={query.phone}
        placeholder={source.defaultCountry === 'IN' ? '98765 43210' : '(415) 555-0134'}
        searchTarget={!hasSearch}
        note={inactiveReason(adapter, 'phone')}
        disabled={Boolean(inactiveReason(adapter, 'phone'))}
        onCommit={(v) => onChange({ phone: v })}
      />
      <TextFilter
        label={labelOf(adapter, 'from', 'Business number')}
        value={query.from}
        placeholder={source.defaultCountry === 'IN' ? '+91 80 3545 0808' : '+1 415 555 0100'}
        note={inactiveReason(adapter, 'from')}
        disabled={Boolean(inactiveReason(adapter, 'from'))}
        onCommit={(v) => onChange({ from: v })}
      />
      <TimeRangeFilter
        since={query.since}
        until={query.until}
        zone={zone}
        note={inactiveReason(adapter, 'since')}
        onChange={(range) => onChange(range)}
      />
      <ExtraFilters
        source={source}
        filters={adapter.capabilities.extraFilters}
        extra={query.extra}
        onChange={onChange}
      />
    </form>
  );
}
