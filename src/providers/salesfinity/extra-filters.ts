import type { ExtraFilter, PickerOption } from '../adapter.ts';
import { sequenceOptions } from './options.ts';

const YES_NO: readonly PickerOption[] = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

function oneOf(values: readonly PickerOption[]): (value: string) => string | null {
  return (value) =>
    values.some((v) => v.value === value)
      ? null
      : `'${value.slice(0, 40)}' is not one of ${values.map((v) => v.value).join(', ')}`;
}

function seconds(value: string): string | null {
  return /^\d{1,7}(\.\d+)?$/.test(value.trim())
    ? null
    : `'${value.slice(0, 40)}' is not a number of seconds ≥ 0`;
}

function select(name: string, label: string, values: readonly PickerOption[]): ExtraFilter {
  return { name, label, multiple: false, input: 'select', values, validate: oneOf(values) };
}

/**
 * `/call-log` filters with no common counterpart, reached as `x.<name>` (the provider's own names).
 * `contact_list_ids` is the common campaign filter, so it is not repeated here.
 */
export const EXTRA_FILTERS: readonly ExtraFilter[] = [
  select('direction', 'Direction', [
    { value: 'inbound', label: 'Inbound' },
    { value: 'outbound', label: 'Outbound' },
  ]),
  {
    name: 'min_duration',
    label: 'Min duration (s)',
    multiple: false,
    input: 'number',
    placeholder: '0',
    validate: seconds,
  },
  {
    name: 'max_duration',
    label: 'Max duration (s)',
    multiple: false,
    input: 'number',
    placeholder: '600',
    validate: seconds,
  },
  select('has_recording', 'Has recording', YES_NO),
  select('answered_by', 'Answered by', [
    { value: 'human', label: 'A person' },
    { value: 'machine_start', label: 'Voicemail / machine' },
  ]),
  select('is_completed', 'Completed', YES_NO),
  select('exclude_negative_dispositions', 'Positive dispositions only', YES_NO),
  {
    name: 'sequences',
    label: 'Sequence',
    multiple: true,
    input: 'select',
    options: sequenceOptions,
    validate: (value) => (value.trim() === '' ? 'empty sequence id' : null),
  },
];

export const extraFilterByName: ReadonlyMap<string, ExtraFilter> = new Map(
  EXTRA_FILTERS.map((f) => [f.name, f]),
);
