import type { ExtraFilter } from '../adapter.ts';
import { CALL_TYPES } from './constants.ts';

/** `x.call_type`: unpod's `call_type` (inbound | outbound), the call's direction. */
export const callTypeFilter: ExtraFilter = {
  name: 'call_type',
  label: 'Call type',
  multiple: false,
  input: 'select',
  values: [
    { value: 'inbound', label: 'Inbound' },
    { value: 'outbound', label: 'Outbound' },
  ],
  validate(value) {
    const v = value.trim().toLowerCase();
    return (CALL_TYPES as readonly string[]).includes(v)
      ? null
      : `'${value.slice(0, 40)}' is not a call type unpod knows (inbound or outbound)`;
  },
};

/** A number prefix, as the server's `source_number`/`destination_number` filters take it (`startswith`). */
function prefixFilter(name: string, label: string, placeholder: string): ExtraFilter {
  return {
    name,
    label,
    multiple: false,
    input: 'text',
    placeholder,
    validate: (value) =>
      /^\+?\d{1,15}$/.test(value.trim())
        ? null
        : `'${value.slice(0, 40)}' is not the start of a phone number`,
  };
}

/** `x.source_number`: calls whose caller number begins with this (the business on outbound and gateway calls). */
export const sourceNumberFilter = prefixFilter('source_number', 'Source number begins', '+9180');
/** `x.destination_number`: calls whose called number begins with this. */
export const destinationNumberFilter = prefixFilter(
  'destination_number',
  'Destination number begins',
  '+9198',
);

/** `x.call_duration`: calls that lasted at most this many seconds (the server's `call_duration` filter). */
export const maxDurationFilter: ExtraFilter = {
  name: 'call_duration',
  label: 'At most (seconds)',
  multiple: false,
  input: 'number',
  validate: (value) =>
    /^\d{1,7}(\.\d+)?$/.test(value.trim()) ? null : `'${value.slice(0, 40)}' is not a number of seconds`,
};

export const extraFilters: readonly ExtraFilter[] = [
  callTypeFilter,
  sourceNumberFilter,
  destinationNumberFilter,
  maxDurationFilter,
];
export const extraFilterByName: ReadonlyMap<string, ExtraFilter> = new Map(
  extraFilters.map((f) => [f.name, f]),
);
