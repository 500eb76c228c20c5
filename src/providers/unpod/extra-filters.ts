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
