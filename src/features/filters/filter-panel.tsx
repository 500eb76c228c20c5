import type { Channel } from '../../logs/log-entry.ts';
import type { LogQuery } from '../../logs/log-query.ts';
import type { SourceInfo } from '../../logs/source.ts';
import type { FilterKey, PickerOption, ProviderAdapter } from '../../providers/adapter.ts';
import { usePickerOptions } from '../../api/options.ts';
import type { QueryUpdate } from '../../state/use-log-query.ts';
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

/** The value a single-choice control shows: none when the URL holds several (they are listed as not applied). */
const first = (values: readonly string[]) => (values.length === 1 ? (values[0] ?? null) : null);
const list = (value: string | null) => (value === null ? [] : [value]);

/** The filters of the selected source, each bound to the URL; what the source cannot do is shown disabled with why. */
export function FilterPanel({ source, adapter, query, zone, onChange }: FilterPanelProps) {
  const campaigns = usePickerOptions(source, adapter, 'campaign');
  const dispositions = usePickerOptions(source, adapter, 'disposition');
  const known = adapter.capabilities.knownValues ?? {};
  const channelOptions: PickerOption[] = adapter.capabilities.channels.map((c) => ({
    value: c,
    label: channelLabels[c],
  }));
  const optionsFor = (key: FilterKey, fetched: PickerOption[] | undefined) => fetched ?? known[key] ?? [];

  return (
    <form
      aria-label="Filters"
      className="flex flex-wrap items-end gap-x-3 gap-y-2"
      onSubmit={(event) => event.preventDefault()}
    >
      <SelectFilter
        label="Channel"
        anyLabel="All channels"
        value={first(query.channels)}
        options={channelOptions}
        note={inactiveReason(adapter, 'channel')}
        onChange={(v) => onChange({ channels: list(v) as Channel[] })}
      />
      <SelectFilter
        label="Status"
        value={first(query.statuses)}
        options={optionsFor('status', undefined)}
        note={inactiveReason(adapter, 'status')}
        disabled={Boolean(inactiveReason(adapter, 'status'))}
        onChange={(v) => onChange({ statuses: list(v) })}
      />
      <SelectFilter
        label="Disposition"
        value={first(query.dispositions)}
        options={optionsFor('disposition', dispositions.data)}
        loading={dispositions.isLoading}
        note={
          inactiveReason(adapter, 'disposition') ??
          (dispositions.isError ? 'Could not load the dispositions' : null)
        }
        disabled={Boolean(inactiveReason(adapter, 'disposition'))}
        onChange={(v) => onChange({ dispositions: list(v) })}
      />
      <SelectFilter
        label="Campaign"
        value={first(query.campaigns)}
        options={optionsFor('campaign', campaigns.data)}
        loading={campaigns.isLoading}
        note={
          inactiveReason(adapter, 'campaign') ?? (campaigns.isError ? 'Could not load the campaigns' : null)
        }
        disabled={Boolean(inactiveReason(adapter, 'campaign'))}
        onChange={(v) => onChange({ campaigns: list(v) })}
      />
      <TextFilter
        label="Agent ID"
        value={first(query.agents)}
        note={inactiveReason(adapter, 'agent')}
        disabled={Boolean(inactiveReason(adapter, 'agent'))}
        onCommit={(v) => onChange({ agents: list(v) })}
      />
      <TextFilter
        label="Customer phone"
        value={query.phone}
        placeholder="98765 43210"
        searchTarget
        note={inactiveReason(adapter, 'phone')}
        disabled={Boolean(inactiveReason(adapter, 'phone'))}
        onCommit={(v) => onChange({ phone: v })}
      />
      <TextFilter
        label="Business number"
        value={query.from}
        placeholder="+91 80 3545 0808"
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
    </form>
  );
}
